package org.educloud.identity;

import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An account was created. {@code activationCode} is the plain one-time code, present only when the account
 * waits for activation; it exists nowhere else in clear text, so show or print it now.
 */
public record AccountCreated(AccountView account, @Nullable String activationCode) {
}
