package org.educloud.assessment;

/**
 * The kinds of item the bank holds, as Chinese papers name them (题型). Objective types are scored by the
 * platform at submission; short answers and essays wait for a teacher.
 */
public enum ItemType {
    SINGLE_CHOICE("单选题"),
    MULTIPLE_CHOICE("多选题"),
    TRUE_FALSE("判断题"),
    FILL_BLANK("填空题"),
    MATCHING("连线题"),
    ORDERING("排序题"),
    SHORT_ANSWER("简答题"),
    ESSAY("论述题");

    private final String chineseName;

    ItemType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name teachers write in the import template's 题型 column. */
    public String chineseName() {
        return chineseName;
    }

    public boolean teacherGraded() {
        return this == SHORT_ANSWER || this == ESSAY;
    }

    /** Types whose options are the choices a student picks from (and which shuffling may reorder). */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }
}
