package org.educloud.roster.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.educloud.roster.Gender;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentStatus;
import org.educloud.roster.StudentView;
import org.educloud.shared.Masking;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "roster", name = "student")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_id_seq")
    @SequenceGenerator(name = "student_id_seq", sequenceName = "roster.student_id_seq", allocationSize = 50)
    private Long id;

    private Long schoolId;

    private String schoolPath;

    /** Null for a student imported without one (OneRoster); given when the record is corrected. */
    private @Nullable String studentNumber;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    private @Nullable String ethnicity;

    private @Nullable String idNumber;

    @Enumerated(EnumType.STRING)
    private StudentStatus status = StudentStatus.ENROLLED;

    private boolean boarding;

    private boolean leftBehind;

    private boolean migrant;

    private boolean disability;

    private boolean economicHardship;

    private @Nullable Long accountId;

    private Instant createdAt;

    private Instant updatedAt;

    protected Student() {
        // for JPA
    }

    public Student(OrgId school, OrgPath schoolPath, StudentDraft draft, Instant now) {
        this.schoolId = school.value();
        this.schoolPath = schoolPath.value();
        this.studentNumber = draft.studentNumber().strip();
        this.createdAt = now;
        apply(draft, now);
    }

    public void apply(StudentDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.gender = draft.gender();
        this.birthDate = draft.birthDate();
        this.ethnicity = draft.ethnicity() == null || draft.ethnicity().isBlank() ? null : draft.ethnicity().strip();
        this.idNumber = draft.idNumber();
        this.boarding = Boolean.TRUE.equals(draft.boarding());
        this.leftBehind = Boolean.TRUE.equals(draft.leftBehind());
        this.migrant = Boolean.TRUE.equals(draft.migrant());
        this.disability = Boolean.TRUE.equals(draft.disability());
        this.economicHardship = Boolean.TRUE.equals(draft.economicHardship());
        this.updatedAt = now;
    }

    public void moveTo(OrgId school, OrgPath path, Instant now) {
        this.schoolId = school.value();
        this.schoolPath = path.value();
        this.status = StudentStatus.ENROLLED;
        this.updatedAt = now;
    }

    public void graduate() {
        status = StudentStatus.GRADUATED;
    }

    public void linkAccount(UserId account) {
        this.accountId = account.value();
    }

    public long id() {
        return id;
    }

    public @Nullable UserId accountId() {
        return accountId == null ? null : new UserId(accountId);
    }

    Gender gender() {
        return gender;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    StudentStatus status() {
        return status;
    }

    public OrgId schoolId() {
        return OrgId.of(schoolId);
    }

    public OrgPath schoolPath() {
        return new OrgPath(schoolPath);
    }

    public @Nullable String studentNumber() {
        return studentNumber;
    }

    /** Gives a student imported without a 全国学籍号 theirs; a number once given does not change. */
    void assignStudentNumber(String number) {
        if (studentNumber != null) {
            throw new IllegalStateException("a national student number does not change");
        }
        this.studentNumber = number;
    }

    public String name() {
        return name;
    }

    /** As the school the student left sees them: transferred out, at that school, nothing of where they went. */
    StudentView viewAsFormer(String formerSchoolName) {
        StudentView current = view(formerSchoolName, false);
        return new StudentView(current.id(), current.schoolId(), formerSchoolName, current.studentNumber(), current.name(),
                current.gender(), current.birthDate(), current.ethnicity(), current.idNumber(),
                StudentStatus.TRANSFERRED_OUT, current.boarding(), current.leftBehind(), current.migrant(),
                current.disability(), current.economicHardship());
    }

    /** The national student number usually embeds the ID number, so it is masked wherever the ID number is. */
    @Nullable String maskedStudentNumber() {
        return Masking.studentNumber(studentNumber);
    }

    public StudentView view(String schoolName, boolean fullIdNumber) {
        return new StudentView(org.educloud.roster.StudentId.of(id), OrgId.of(schoolId), schoolName,
                fullIdNumber ? studentNumber : maskedStudentNumber(),
                name, gender, birthDate, ethnicity,
                fullIdNumber ? idNumber : Masking.idNumber(idNumber), status, boarding, leftBehind, migrant, disability,
                economicHardship);
    }
}
