package org.educloud.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A class (班级) of one school in one term. Never named {@code Class}. */
@Entity
@Table(schema = "roster", name = "school_class")
class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long schoolId;

    private String schoolPath;

    private Long termId;

    private int grade;

    private String name;

    @Enumerated(EnumType.STRING)
    private ClassKind kind;

    private @Nullable Long headTeacherId;

    private Instant createdAt;

    protected SchoolClass() {
        // for JPA
    }

    SchoolClass(OrgId school, OrgPath schoolPath, long termId, ClassDraft draft, Instant now) {
        this.schoolId = school.value();
        this.schoolPath = schoolPath.value();
        this.termId = termId;
        this.grade = draft.grade();
        this.name = draft.name().strip();
        this.kind = draft.kind() == null ? ClassKind.HOMEROOM : draft.kind();
        this.headTeacherId = draft.headTeacherId();
        this.createdAt = now;
    }

    /** A re-import corrects grade, kind and head teacher; term and name are the class's identity. */
    void revise(ClassDraft draft) {
        this.grade = draft.grade();
        this.kind = draft.kind() == null ? ClassKind.HOMEROOM : draft.kind();
        this.headTeacherId = draft.headTeacherId();
    }

    long id() {
        return id;
    }

    OrgId schoolId() {
        return OrgId.of(schoolId);
    }

    OrgPath schoolPath() {
        return new OrgPath(schoolPath);
    }

    long termId() {
        return termId;
    }

    int grade() {
        return grade;
    }

    String name() {
        return name;
    }

    ClassKind kind() {
        return kind;
    }

    @Nullable Long headTeacherId() {
        return headTeacherId;
    }
}
