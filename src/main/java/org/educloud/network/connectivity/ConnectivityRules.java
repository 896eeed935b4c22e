package org.educloud.network.connectivity;

import org.educloud.network.ConnectivityDraft;
import org.educloud.shared.FieldRuleViolationException;

/**
 * The rules between a declaration's fields, the same for the form and the import: a connected school names its
 * provider and its contracted bandwidth both ways (the dashboard's figures rest on them); a school without access
 * has neither; multimedia classrooms are classrooms.
 */
final class ConnectivityRules {

    private ConnectivityRules() {
    }

    /** Throws for the first field that breaks a rule, naming it. */
    static void check(ConnectivityDraft d) {
        if (d.accessType() == null) {
            throw new FieldRuleViolationException("accessType", "network.validation.accessType");
        }
        if (d.accessType().connected()) {
            if (d.providerName() == null) {
                throw new FieldRuleViolationException("provider", "network.validation.provider.required");
            }
            if (d.contractedDownMbps() == null || d.contractedDownMbps() == 0) {
                throw new FieldRuleViolationException("contractedDownMbps", "network.validation.bandwidth.required");
            }
            if (d.contractedUpMbps() == null || d.contractedUpMbps() == 0) {
                throw new FieldRuleViolationException("contractedUpMbps", "network.validation.bandwidth.required");
            }
        } else {
            if (d.providerName() != null) {
                throw new FieldRuleViolationException("provider", "network.validation.provider.none");
            }
            if (d.contractedDownMbps() != null && d.contractedDownMbps() > 0) {
                throw new FieldRuleViolationException("contractedDownMbps", "network.validation.bandwidth.none");
            }
            if (d.contractedUpMbps() != null && d.contractedUpMbps() > 0) {
                throw new FieldRuleViolationException("contractedUpMbps", "network.validation.bandwidth.none");
            }
        }
        if (d.multimediaClassrooms() != null && d.multimediaClassrooms() > 0
                && (d.classrooms() == null || d.multimediaClassrooms() > d.classrooms())) {
            throw new FieldRuleViolationException("multimediaClassrooms", "network.validation.multimedia.moreThanRooms",
                    d.classrooms() == null ? 0 : d.classrooms());
        }
    }
}
