package org.educloud.platform.database;

/** A backup or restore that cannot go on, with a message for the operator (printed without a stack trace). */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
