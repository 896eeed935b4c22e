package org.educloud.identity;

import java.util.List;

/**
 * The classes a student sits in, for the sign-in claims other applications receive (ADR 0036). Identity does not
 * know classes; the roster, which depends on identity, implements this. Without an implementation no class is
 * claimed.
 */
public interface StudentClasses {

    /** The current classes of the student this account belongs to; empty for anyone else. */
    List<StudentClass> of(org.educloud.shared.UserId account);

    /** One class as a claim names it. */
    record StudentClass(long id, String name, int grade, long schoolId) {
    }
}
