package org.educloud.roster.guardians;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.educloud.roster.GuardianRelation;

/** That a guardian is responsible for a student, and how they are related. */
@Entity
@Table(schema = "roster", name = "guardianship")
@IdClass(Guardianship.Key.class)
public class Guardianship {

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

    public Guardianship(long studentId, long guardianId, GuardianRelation relation) {
        this.studentId = studentId;
        this.guardianId = guardianId;
        this.relation = relation;
    }

    long studentId() {
        return studentId;
    }

    public long guardianId() {
        return guardianId;
    }

    public void relation(GuardianRelation relation) {
        this.relation = relation;
    }

    public GuardianRelation relation() {
        return relation;
    }
}
