package org.educloud.identity.web;

import org.jspecify.annotations.Nullable;

/** The change-password form; the policy checks the new password, the page checks the confirmation. */
record PasswordForm(@Nullable String current, @Nullable String password, @Nullable String confirmation) {
}
