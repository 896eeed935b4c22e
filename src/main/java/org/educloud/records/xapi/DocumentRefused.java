package org.educloud.records.xapi;

/** A document write the concurrency rules refuse: 409 (no precondition given) or 412 (precondition failed). */
class DocumentRefused extends RuntimeException {

    private final int status;

    DocumentRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
