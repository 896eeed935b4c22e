package org.educloud.roster;

import org.jspecify.annotations.Nullable;

/**
 * A person added to the roster with their account: the username they log in with and, for a new account, the
 * one-time activation code (shown once; print it on the person's activation slip).
 */
public record Registered(long personId, String name, String username, @Nullable String activationCode) {
}
