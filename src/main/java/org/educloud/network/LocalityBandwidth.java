package org.educloud.network;

import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/**
 * The declared connectivity of the schools of one locality under an org node: how many declared one, how many of
 * those are connected, their students, and the contracted downstream bandwidth in all (a school without access
 * counting 0), from which the bandwidth per student follows.
 */
public record LocalityBandwidth(Locality locality, int schools, int declaredSchools, int connectedSchools,
                                long students, long contractedDownMbps) {

    /** Contracted Mbit/s per enrolled student of the declared schools; null without any student. */
    public @Nullable Double mbpsPerStudent() {
        return students == 0 ? null : (double) contractedDownMbps / students;
    }

    /** Share of the declared schools that are connected; null when none declared. */
    public @Nullable Double connectedShare() {
        return declaredSchools == 0 ? null : (double) connectedSchools / declaredSchools;
    }
}
