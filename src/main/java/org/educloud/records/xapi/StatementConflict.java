package org.educloud.records.xapi;

/**
 * A statement id already in use, by another statement or by one the client may not read: answers 409, and nothing
 * of the request is stored. The message is the same in every case, so it tells nothing about the stored statement.
 */
class StatementConflict extends RuntimeException {

    StatementConflict(String id) {
        super("The statement id " + id + " is already in use; a stored statement never changes, so send other "
                + "content under a new id.");
    }

    StatementConflict() {
        super("A statement id of this request is already in use; a stored statement never changes, so send other "
                + "content under a new id.");
    }
}
