package org.educloud.roster.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A teacher teaches a subject to a class. */
@Entity
@Table(schema = "roster", name = "teaching_assignment")
public class TeachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long staffId;

    private Long classId;

    private String subject;

    long id() {
        return id;
    }

    long staffId() {
        return staffId;
    }

    long classId() {
        return classId;
    }

    String subject() {
        return subject;
    }

    protected TeachingAssignment() {
        // for JPA
    }

    public TeachingAssignment(long staffId, long classId, String subject) {
        this.staffId = staffId;
        this.classId = classId;
        this.subject = subject;
    }
}
