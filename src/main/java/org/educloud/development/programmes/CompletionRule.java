package org.educloud.development.programmes;

/** What completes a programme: every session attended, or attended sessions adding up to at least N hours. */
public enum CompletionRule {
    ALL_SESSIONS, HOURS
}
