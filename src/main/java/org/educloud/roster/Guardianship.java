package org.educloud.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a guardian is responsible for a student, and how they are related. */
@Entity
@Table(schema = "roster", name = "guardianship")
@IdClass(Guardianship.Key.class)
class Guardianship {

    record Key(Long studentId, Long guardianId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long studentId;

    @Id
    private Long guardianId;

    @Enumerated(EnumType.STRING)
    private GuardianRelation relation;

    protected Guardianship() {
        // for JPA
    }

    Guardianship(long studentId, long guardianId, GuardianRelation relation) {
        this.studentId = studentId;
        this.guardianId = guardianId;
        this.relation = relation;
    }

    long studentId() {
        return studentId;
    }

    long guardianId() {
        return guardianId;
    }

    void relation(GuardianRelation relation) {
        this.relation = relation;
    }

    GuardianRelation relation() {
        return relation;
    }
}
