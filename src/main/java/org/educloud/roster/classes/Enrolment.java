package org.educloud.roster.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A student's membership of a class, from a start date until an end date (or still). */
@Entity
@Table(schema = "roster", name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_id_seq")
    @SequenceGenerator(name = "enrolment_id_seq", sequenceName = "roster.enrolment_id_seq", allocationSize = 50)
    private Long id;

    private Long studentId;

    private Long classId;

    private String schoolPath;

    private LocalDate startsOn;

    private @Nullable LocalDate endsOn;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(long studentId, SchoolClass schoolClass, LocalDate startsOn) {
        this.studentId = studentId;
        this.classId = schoolClass.id();
        this.schoolPath = schoolClass.schoolPath().value();
        this.startsOn = startsOn;
    }

    public void end(LocalDate on) {
        if (endsOn == null) {
            endsOn = on;
        }
    }

    long id() {
        return id;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable LocalDate endsOn() {
        return endsOn;
    }

    public long classId() {
        return classId;
    }

    public long studentId() {
        return studentId;
    }
}
