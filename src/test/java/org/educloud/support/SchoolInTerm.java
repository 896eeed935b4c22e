package org.educloud.support;

import static org.educloud.support.Drafts.aStaffMember;
import static org.educloud.support.Drafts.aStudent;

import java.time.LocalDate;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentId;
import org.educloud.roster.TermView;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;

/**
 * A school in its autumn term for module tests that need people: staff, students and homeroom classes registered
 * through the roster's and identity's APIs, each person with the {@link Scope} their account resolves to.
 */
public final class SchoolInTerm {

    /** Accounts made here that log in with a password use this one. */
    public static final String PASSWORD = "Qingshan-river-77";

    private final RosterManagement roster;
    private final IdentityManagement identity;
    private final OrgNodeView school;
    private final Scope admin;
    private final TermView term;

    /** A person of the school: their roster id, their account and what that account may see. */
    public record Person(long id, String name, UserId account, Scope scope) {
    }

    private SchoolInTerm(RosterManagement roster, IdentityManagement identity, OrgNodeView school, Scope admin,
                         TermView term) {
        this.roster = roster;
        this.identity = identity;
        this.school = school;
        this.admin = admin;
        this.term = term;
    }

    /** Opens the term with a new school admin account (username {@code admin<school id>}). */
    public static SchoolInTerm open(RosterManagement roster, IdentityManagement identity, OrgNodeView school) {
        UserId adminAccount = identity.create(Scope.installation(), new NewAccount("admin" + school.id().value(),
                school.name() + "管理员", null, null, Role.SCHOOL_ADMIN, school.id().value(), PASSWORD), false)
                .account().id();
        Scope admin = identity.scopeOf(adminAccount);
        TermView term = roster.openTerm(admin, school.id(), "2026-2027", "2026-2027学年第一学期",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20));
        return new SchoolInTerm(roster, identity, school, admin, term);
    }

    public OrgNodeView school() {
        return school;
    }

    /** The school admin's scope. */
    public Scope admin() {
        return admin;
    }

    public Person teacher(String name) {
        Registered staff = roster.registerStaff(admin, school.id(), aStaffMember().named(name).build(), null);
        return person(staff);
    }

    public Person student(String name) {
        Registered student = roster.registerStudent(admin, school.id(), aStudent().named(name).build(), null);
        return person(student);
    }

    /** A homeroom class of the grade, taught (mathematics) by the teacher, with the students enrolled. */
    public SchoolClassView homeroom(int grade, String name, Person teacher, List<Person> students) {
        SchoolClassView schoolClass = roster.openClass(admin, school.id(),
                new ClassDraft(term.id().value(), grade, name, ClassKind.HOMEROOM, null));
        roster.assignTeacher(admin, teacher.id(), schoolClass.id(), "数学");
        students.forEach(student -> roster.enrol(admin, StudentId.of(student.id()), schoolClass.id(), term.startsOn()));
        return schoolClass;
    }

    private Person person(Registered registered) {
        UserId account = identity.accountNamed(registered.username()).orElseThrow();
        return new Person(registered.personId(), registered.name(), account, identity.scopeOf(account));
    }

}
