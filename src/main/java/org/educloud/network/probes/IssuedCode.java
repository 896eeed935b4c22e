package org.educloud.network.probes;

import java.time.Instant;

/** A fresh enrolment code, shown once to the admin who asked for it. */
record IssuedCode(String code, Instant expiresAt) {
}
