package org.educloud.homeschool.messages;

import org.jspecify.annotations.Nullable;

/** Whether a teacher receives messages from parents, and what parents read while they do not. */
public record MessageSetting(boolean receiving, @Nullable String awayText) {
}
