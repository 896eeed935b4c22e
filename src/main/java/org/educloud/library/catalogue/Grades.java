package org.educloud.library.catalogue;

import org.educloud.tenancy.Stage;

/** Grades 1–12 and the stage each belongs to (primary 1–6, junior secondary 7–9, senior secondary 10–12). */
public final class Grades {

    private Grades() {
    }

    public static boolean inStage(int grade, Stage stage) {
        return switch (stage) {
            case PRIMARY -> grade >= 1 && grade <= 6;
            case JUNIOR -> grade >= 7 && grade <= 9;
            case SENIOR -> grade >= 10 && grade <= 12;
        };
    }
}
