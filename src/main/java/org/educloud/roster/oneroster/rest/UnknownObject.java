package org.educloud.roster.oneroster.rest;

/** No object with that sourcedId in the client's scope: answers 404, whether it exists elsewhere or not. */
class UnknownObject extends RuntimeException {

    UnknownObject(String sourcedId) {
        super("No object with sourcedId " + sourcedId + " in this client's scope.");
    }
}
