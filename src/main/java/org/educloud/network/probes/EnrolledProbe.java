package org.educloud.network.probes;

/** What an enrolling probe receives: its id and the credential it keeps (shown this once). */
record EnrolledProbe(long probeId, long schoolId, String schoolName, String credential) {
}
