package org.educloud.identity.passwords;

import org.jspecify.annotations.Nullable;

/** Username, the one-time code from the activation slip, and the first password. */
record ActivationForm(@Nullable String username, @Nullable String code, @Nullable String password,
                      @Nullable String confirmation) {
}
