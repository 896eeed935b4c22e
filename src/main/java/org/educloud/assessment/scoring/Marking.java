package org.educloud.assessment.scoring;

/**
 * The outcome of marking one response: the share of the item's points earned, or that a teacher must grade it
 * (then {@code credit} is 0 until they do).
 */
public record Marking(double credit, boolean awaitsTeacher) {

    public static Marking credit(double credit) {
        return new Marking(Math.max(0, Math.min(1, credit)), false);
    }

    public static Marking forTeacher() {
        return new Marking(0, true);
    }
}
