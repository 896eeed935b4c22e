package org.educloud.roster.imports;

import java.util.List;

/**
 * The student import and export layout: the Chinese column headers schools see in the template, in this exact
 * order. A file with other headers, or these in another order, is refused before any row is read.
 */
public enum StudentColumns {
    NAME("姓名"),
    GENDER("性别"),
    BIRTH_DATE("出生日期"),
    ETHNICITY("民族"),
    STUDENT_NUMBER("全国学籍号"),
    ID_NUMBER("身份证号"),
    CLASS("班级"),
    BOARDING("住校生"),
    LEFT_BEHIND("留守儿童"),
    MIGRANT("随迁子女"),
    DISABILITY("残疾学生"),
    ECONOMIC_HARDSHIP("家庭经济困难");

    private final String header;

    StudentColumns(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public int index() {
        return ordinal();
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(StudentColumns::header).toList();
    }
}
