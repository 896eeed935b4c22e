package org.educloud.network.dashboard;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The connectivity figures of a group of schools. Only schools that declared their connectivity count in the
 * shares and means (a school that said nothing is unknown, not unconnected; how many did not is shown beside);
 * a declared school without access counts with 0 Mbit/s, so it pulls its group's bandwidth down.
 *
 * @param schools      active schools in the group
 * @param declared     of those, the schools with a declaration
 * @param connected    declared schools with any access
 * @param students     enrolled students of the declared schools
 * @param downMbps     contracted downstream Mbit/s of the declared schools together
 * @param at100        declared schools contracted at 100 Mbit/s or more
 * @param at1000       declared schools contracted at 1000 Mbit/s or more
 * @param classrooms   classrooms of the declared schools that gave both counts
 * @param multimedia   classrooms with network multimedia equipment (班班通) among them
 */
public record ConnectivityTally(int schools, int declared, int connected, long students, long downMbps, int at100,
                                int at1000, long classrooms, long multimedia) {

    static final int FAST = 100;
    static final int GIGABIT = 1000;

    public static ConnectivityTally of(Collection<SchoolLine> lines) {
        int schools = 0;
        int declared = 0;
        int connected = 0;
        long students = 0;
        long down = 0;
        int at100 = 0;
        int at1000 = 0;
        long classrooms = 0;
        long multimedia = 0;
        for (SchoolLine line : lines) {
            schools++;
            if (!line.declared()) {
                continue;
            }
            declared++;
            var c = line.connectivity();
            connected += c.accessType().connected() ? 1 : 0;
            students += line.students();
            down += line.downMbps();
            at100 += line.downMbps() >= FAST ? 1 : 0;
            at1000 += line.downMbps() >= GIGABIT ? 1 : 0;
            if (c.classrooms() != null && c.multimediaClassrooms() != null) {
                classrooms += c.classrooms();
                multimedia += c.multimediaClassrooms();
            }
        }
        return new ConnectivityTally(schools, declared, connected, students, down, at100, at1000, classrooms,
                multimedia);
    }

    public @Nullable Double value(Measure measure) {
        return switch (measure) {
            case CONNECTED_SHARE -> share(connected, declared);
            case MBPS_PER_SCHOOL -> share(downMbps, declared);
            case MBPS_PER_STUDENT -> share(downMbps, students);
            case SHARE_100 -> share(at100, declared);
            case SHARE_1000 -> share(at1000, declared);
            case MULTIMEDIA_COVERAGE -> share(multimedia, classrooms);
        };
    }

    public int undeclared() {
        return schools - declared;
    }

    private static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
