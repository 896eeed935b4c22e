package org.educloud.roster.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A class (班级) of one school in one term. Never named {@code Class}. */
@Entity
@Table(schema = "roster", name = "school_class")
public class SchoolClass {

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

    public SchoolClass(OrgId school, OrgPath schoolPath, long termId, ClassDraft draft, Instant now) {
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
    public void revise(ClassDraft draft) {
        this.grade = draft.grade();
        this.kind = draft.kind() == null ? ClassKind.HOMEROOM : draft.kind();
        this.headTeacherId = draft.headTeacherId();
    }

    public long id() {
        return id;
    }

    public OrgId schoolId() {
        return OrgId.of(schoolId);
    }

    public OrgPath schoolPath() {
        return new OrgPath(schoolPath);
    }

    long termId() {
        return termId;
    }

    public int grade() {
        return grade;
    }

    public String name() {
        return name;
    }

    public ClassKind kind() {
        return kind;
    }

    public @Nullable Long headTeacherId() {
        return headTeacherId;
    }
}
