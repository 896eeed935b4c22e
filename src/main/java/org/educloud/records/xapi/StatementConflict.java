package org.educloud.records.xapi;

/** A statement id the LRS already has, with other content: answers 409, and nothing of the request is stored. */
class StatementConflict extends RuntimeException {

    StatementConflict(String id) {
        super("A different statement with id " + id + " is already stored.");
    }
}
