package org.educloud.homeschool;

import org.educloud.shared.Scope;

/** What the home pages show of one-to-one messages between teachers and parents. */
public interface HomeMessages {

    /** Messages to the caller (teacher or parent) they have not opened yet. */
    long unread(Scope scope);
}
