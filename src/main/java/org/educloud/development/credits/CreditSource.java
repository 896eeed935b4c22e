package org.educloud.development.credits;

/** Where credited hours come from: a completed programme, an outside provider's import, an approved claim. */
public enum CreditSource {
    PROGRAMME, IMPORT, CLAIM
}
