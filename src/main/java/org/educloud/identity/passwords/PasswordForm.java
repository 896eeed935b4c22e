package org.educloud.identity.passwords;

import org.jspecify.annotations.Nullable;

/** The change-password form; the policy checks the new password, the page checks the confirmation. */
public record PasswordForm(@Nullable String current, @Nullable String password, @Nullable String confirmation) {
}
