package org.educloud.equity;

/**
 * The answer to one of the method's questions (a coefficient within its limit, a county in quality balance): met,
 * not met, or cannot be judged (无法判定) when the figures do not allow an answer — never silently "not met".
 * Message keys: {@code equity.verdict.<name>}.
 */
public enum Verdict {
    MET, NOT_MET, CANNOT_BE_JUDGED;

    public boolean met() {
        return this == MET;
    }
}
