package org.educloud.equity;

/** Where a school's survey of one year is: only CONFIRMED figures count in reports. */
public enum SurveyStatus {
    DRAFT, SUBMITTED, CONFIRMED, RETURNED;

    /** The school (or its bureau on its behalf) may still change the figures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
