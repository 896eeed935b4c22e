package org.educloud.homeschool.delivery;

/** An outside channel refused or could not take a message; the platform's own bell still told everyone. */
public class DeliveryFailed extends RuntimeException {

    public DeliveryFailed(String message) {
        super(message);
    }

    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
