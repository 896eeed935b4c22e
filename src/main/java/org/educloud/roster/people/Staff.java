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
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.EmploymentStatus;
import org.educloud.roster.Gender;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StaffView;
import org.educloud.shared.Masking;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "roster", name = "staff")
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_id_seq")
    @SequenceGenerator(name = "staff_id_seq", sequenceName = "roster.staff_id_seq", allocationSize = 50)
    private Long id;

    private Long schoolId;

    private String schoolPath;

    private String staffNumber;

    private String name;

    /** Null when the source did not state it (a OneRoster import): nothing counts staff by sex. */
    @Enumerated(EnumType.STRING)
    private @Nullable Gender gender;

    private @Nullable String phone;

    private String subjects;

    @Enumerated(EnumType.STRING)
    private Qualification qualification;

    @Enumerated(EnumType.STRING)
    private ProfessionalTitle title;

    @Enumerated(EnumType.STRING)
    private BackboneLevel backboneLevel;

    private boolean fullTimeTeacher;

    @Enumerated(EnumType.STRING)
    private Specialist specialist;

    @Enumerated(EnumType.STRING)
    private EmploymentStatus employmentStatus = EmploymentStatus.EMPLOYED;

    private @Nullable Long accountId;

    private Instant createdAt;

    private Instant updatedAt;

    protected Staff() {
        // for JPA
    }

    public Staff(OrgId school, OrgPath schoolPath, StaffDraft draft, Instant now) {
        this.schoolId = school.value();
        this.schoolPath = schoolPath.value();
        this.createdAt = now;
        apply(draft, now);
    }

    public void apply(StaffDraft draft, Instant now) {
        this.staffNumber = draft.staffNumber().strip();
        this.name = draft.name().strip();
        this.gender = draft.gender();
        this.phone = draft.phone();
        this.subjects = draft.subjects() == null ? "" : draft.subjects();
        this.qualification = draft.qualification();
        this.title = draft.title();
        this.backboneLevel = draft.backboneLevel();
        this.fullTimeTeacher = Boolean.TRUE.equals(draft.fullTimeTeacher());
        this.specialist = draft.specialist();
        this.updatedAt = now;
    }

    public void linkAccount(UserId account) {
        this.accountId = account.value();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Nullable UserId accountId() {
        return accountId == null ? null : new UserId(accountId);
    }

    @Nullable Gender gender() {
        return gender;
    }

    Qualification qualification() {
        return qualification;
    }

    ProfessionalTitle title() {
        return title;
    }

    public String staffNumber() {
        return staffNumber;
    }

    boolean fullTimeTeacher() {
        return fullTimeTeacher;
    }

    BackboneLevel backboneLevel() {
        return backboneLevel;
    }

    Specialist specialist() {
        return specialist;
    }

    public @Nullable String phone() {
        return phone;
    }

    OrgId schoolId() {
        return OrgId.of(schoolId);
    }

    public OrgPath schoolPath() {
        return new OrgPath(schoolPath);
    }

    StaffView view(String schoolName, boolean fullPhone) {
        return new StaffView(id, OrgId.of(schoolId), schoolName, staffNumber, name, gender,
                fullPhone ? phone : Masking.phone(phone), subjects, qualification, title, backboneLevel,
                fullTimeTeacher, specialist, employmentStatus);
    }
}
