package org.educloud.development.programmes;

/**
 * What completes a programme: every session attended and every course completed ({@code ALL_SESSIONS}, named before
 * programmes had courses), or hours of sessions attended and courses completed adding up to at least N.
 */
public enum CompletionRule {
    ALL_SESSIONS, HOURS
}
