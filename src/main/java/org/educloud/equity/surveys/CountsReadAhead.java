package org.educloud.equity.surveys;

import org.educloud.equity.RosterCounts;

/**
 * The roster's counts of one school read by a bulk submit for many schools at once, handed to
 * {@code Surveys.submit} in place of a read per school. Its type lives in this internal package on purpose: no other
 * module can name it (Spring Modulith's verification refuses), so no other module can submit a survey with counts it
 * made up; counts come from the roster, never typed twice.
 */
public record CountsReadAhead(RosterCounts counts) {
}
