package org.educloud.library;

/**
 * What a push did: pushes newly made, and pushes already made for the same resource, class and day whose lesson,
 * note and teacher were replaced by this push's (a teacher pushing again means to change them).
 */
public record PushOutcome(int pushed, int updated) {
}
