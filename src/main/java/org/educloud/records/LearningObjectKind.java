package org.educloud.records;

/** What a learning activity is about, with the xAPI activity type IRI and the path segment of its stable IRI. */
public enum LearningObjectKind {
    RESOURCE("http://adlnet.gov/expapi/activities/media", "resources"),
    COURSE("http://adlnet.gov/expapi/activities/course", "courses"),
    LESSON("http://adlnet.gov/expapi/activities/lesson", "lessons"),
    ASSIGNMENT("http://adlnet.gov/expapi/activities/assessment", "assignments"),
    QUIZ("http://adlnet.gov/expapi/activities/assessment", "quizzes"),
    QUESTION("http://adlnet.gov/expapi/activities/cmi.interaction", "questions");

    private final String activityType;
    private final String segment;

    LearningObjectKind(String activityType, String segment) {
        this.activityType = activityType;
        this.segment = segment;
    }

    public String activityType() {
        return activityType;
    }

    public String segment() {
        return segment;
    }
}
