package org.educloud.identity;

import org.jspecify.annotations.Nullable;

/** One person of a bulk account creation: the username they will log in with and the name to show. */
public record PendingAccount(String username, String displayName, @Nullable String phone) {
}
