package org.educloud.identity;

/** An imported person's account waits for activation; a disabled one cannot log in. */
public enum AccountStatus {
    PENDING_ACTIVATION, ACTIVE, DISABLED
}
