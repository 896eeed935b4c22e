package org.educloud.roster.oneroster.rest;

/** A OneRoster request the service cannot answer as asked: answers 400 with the spec's code minor. */
class InvalidRequest extends RuntimeException {

    private final String codeMinor;

    InvalidRequest(String codeMinor, String description) {
        super(description);
        this.codeMinor = codeMinor;
    }

    String codeMinor() {
        return codeMinor;
    }
}
