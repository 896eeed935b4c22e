package org.educloud.records.xapi;

/** A statement the specification forbids: answers 400 with the reason, and nothing of the request is stored. */
class InvalidStatement extends RuntimeException {

    InvalidStatement(String message) {
        super(message);
    }
}
