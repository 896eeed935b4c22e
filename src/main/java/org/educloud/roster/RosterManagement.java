package org.educloud.roster;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.educloud.roster.classes.OrganisingClasses;
import org.educloud.roster.guardians.KeepingGuardians;
import org.educloud.roster.people.PlacingPeople;
import org.educloud.roster.people.RegisteringPeople;
import org.educloud.roster.promotion.PromotingSchoolYear;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.roster.slips.IssuingSlips;
import org.educloud.roster.transfers.TransferringStudents;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to the roster, by the admins of a school or its bureaus. Registering a person creates their account
 * and role grant in the same transaction, waiting for activation by one-time code, so nobody's password is
 * hashed until they choose one.
 */
@Service
@Transactional
@Validated
public class RosterManagement {

    private final OrganisingClasses organising;
    private final RegisteringPeople registering;
    private final PlacingPeople placing;
    private final IssuingSlips slips;
    private final PromotingSchoolYear promoting;
    private final TransferringStudents transferring;
    private final SchoolsInScope schools;
    private final KeepingGuardians keepingGuardians;

    RosterManagement(OrganisingClasses organising, RegisteringPeople registering, PlacingPeople placing,
                     IssuingSlips slips, PromotingSchoolYear promoting, TransferringStudents transferring,
                     SchoolsInScope schools, KeepingGuardians keepingGuardians) {
        this.keepingGuardians = keepingGuardians;
        this.organising = organising;
        this.registering = registering;
        this.placing = placing;
        this.slips = slips;
        this.promoting = promoting;
        this.transferring = transferring;
        this.schools = schools;
    }

    /** A term for every school below a bureau, or for one school. */
    public TermView openTerm(Scope scope, OrgId org, String schoolYear, String name, LocalDate startsOn,
                             LocalDate endsOn) {
        return organising.openTerm(scope, org, schoolYear, name, startsOn, endsOn);
    }

    public SchoolClassView openClass(Scope scope, OrgId school, @Valid ClassDraft draft) {
        return organising.openClass(scope, school, draft);
    }

    /** Adds a student with a new account waiting for activation, or linked to an existing account. */
    public Registered registerStudent(Scope scope, OrgId school, @Valid StudentDraft draft,
                                      @Nullable UserId existingAccount) {
        return registering.student(scope, school, draft, existingAccount);
    }

    /** Corrects a student's record (name, birth date, ID number, attributes); the student number stays. */
    public void correctStudent(Scope scope, StudentId studentId, @Valid StudentDraft draft) {
        registering.correctStudent(scope, studentId.value(), draft);
    }

    /** Corrects a staff member's record (qualification, title, specialism …); the staff number stays. */
    public void correctStaff(Scope scope, long staffId, @Valid StaffDraft draft) {
        registering.correctStaff(scope, staffId, draft);
    }

    public Registered registerStaff(Scope scope, OrgId school, @Valid StaffDraft draft,
                                    @Nullable UserId existingAccount) {
        return registering.staff(scope, school, draft, existingAccount);
    }

    public Registered registerGuardian(Scope scope, StudentId studentId, String name, @Nullable String phone,
                                       GuardianRelation relation, @Nullable UserId existingAccount) {
        return registering.guardian(scope, studentId.value(), name, phone, relation, existingAccount);
    }

    /** Corrects a guardian's name and phone and their relation to this student (school admins of the student). */
    public void correctGuardian(Scope scope, StudentId studentId, long guardianId, String name, @Nullable String phone,
                                GuardianRelation relation) {
        keepingGuardians.correct(scope, studentId.value(), guardianId, name, phone, relation);
    }

    /** Ends a guardian's responsibility for this student; their account no longer sees the child. */
    public void unlinkGuardian(Scope scope, StudentId studentId, long guardianId) {
        keepingGuardians.unlink(scope, studentId.value(), guardianId);
    }

    public void enrol(Scope scope, StudentId studentId, ClassId classId, LocalDate from) {
        placing.enrol(scope, studentId.value(), classId.value(), from);
    }

    public void assignTeacher(Scope scope, long staffId, ClassId classId, String subject) {
        placing.assignTeacher(scope, staffId, classId.value(), subject);
    }

    /**
     * Fresh activation codes for the students of a class whose accounts still wait for activation, one slip each;
     * printing slips again replaces the codes, and students who already activated are left out.
     */
    public List<ActivationSlip> issueActivationSlips(Scope scope, ClassId classId) {
        return slips.forClass(scope, classId.value());
    }

    /**
     * A new initial password for one student, to be changed at the next login, on a printed slip: the school's
     * admins and the head teacher of the student's class may; other staff of the school are refused. Audited.
     */
    public ActivationSlip resetStudentPassword(Scope scope, StudentId studentId) {
        return slips.resetPassword(scope, studentId.value());
    }

    /** Moves a student to another school on a date; the caller administers both schools. */
    public void transfer(Scope scope, StudentId studentId, OrgId toSchool, LocalDate on, @Nullable String reason) {
        transferring.transfer(scope, studentId.value(), toSchool, on, reason);
    }

    /** What a year-end promotion of a school from one term to a later school year's term would do. */
    @Transactional(readOnly = true)
    public PromotionPlan promotionPlan(Scope scope, OrgId school, TermId fromTermId, TermId toTermId) {
        return promoting.plan(schools.activeSchool(scope, school), fromTermId.value(), toTermId.value());
    }

    /** Moves every homeroom class up a grade into the new term and graduates the top grade, in one transaction. */
    public PromotionPlan promote(Scope scope, OrgId school, TermId fromTermId, TermId toTermId) {
        return promoting.promote(scope, schools.activeSchool(scope, school), fromTermId.value(), toTermId.value());
    }
}
