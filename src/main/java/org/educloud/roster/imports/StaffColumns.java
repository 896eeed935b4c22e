package org.educloud.roster.imports;

import java.util.List;

/** The staff import layout: Chinese headers in this exact order, values as the annual statistical report writes them. */
public enum StaffColumns {
    STAFF_NUMBER("工号"),
    NAME("姓名"),
    GENDER("性别"),
    PHONE("手机号"),
    SUBJECTS("任教学科"),
    QUALIFICATION("学历"),
    TITLE("职称"),
    BACKBONE("骨干教师"),
    FULL_TIME("专任教师"),
    SPECIALIST("体育艺术专任");

    private final String header;

    StaffColumns(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    int index() {
        return ordinal();
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(StaffColumns::header).toList();
    }
}
