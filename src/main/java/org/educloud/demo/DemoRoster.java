package org.educloud.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.Gender;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.TermView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Classes, teachers, students and a parent in one urban and one rural school of the demo: enough to show class
 * rosters, a teacher's classes and a parent's child, with the demo accounts linked to their roster records.
 */
@Component
class DemoRoster {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨桐", "博文", "诗琪", "明轩",
            "可馨", "天佑", "思远", "佳怡", "一诺"};

    private final RosterManagement roster;

    DemoRoster(RosterManagement roster) {
        this.roster = roster;
    }

    void load(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts) {
        OrgId city = places.get("city");
        TermView autumn = roster.openTerm(installation, city, "2026-2027", "第一学期",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 22));
        roster.openTerm(installation, city, "2026-2027", "第二学期", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9));
        school(installation, places.get("lj-shiyan"), "360102", autumn, new HeadTeacher("王丽", accounts.get("teacher.wang")),
                accounts.get("student.zhang"), accounts.get("parent.zhang"), 6, 0);
        school(installation, places.get("qs-shimen-xx"), "360121", autumn, new HeadTeacher("李娟", accounts.get("teacher.li")),
                null, null, 5, 40);
    }

    /** The demo teacher account that leads the first class of a school. */
    private record HeadTeacher(String name, @Nullable UserId account) {
    }

    private void school(Scope scope, OrgId school, String region, TermView term, HeadTeacher head,
                        @Nullable UserId firstStudentAccount, @Nullable UserId firstParentAccount, int studentsPerClass,
                        int seed) {
        int n = seed;
        for (int grade : List.of(3, 4)) {
            boolean first = grade == 3;
            Registered teacher = roster.registerStaff(scope, school, new StaffDraft("T" + grade + "01",
                    first ? head.name() : name(n + 7),
                    Gender.FEMALE, null, "数学", seed == 0 ? Qualification.BACHELOR : Qualification.JUNIOR_COLLEGE,
                    seed == 0 ? ProfessionalTitle.FIRST : ProfessionalTitle.SECOND,
                    seed == 0 ? BackboneLevel.COUNTY : BackboneLevel.NONE, true, Specialist.NONE),
                    first ? head.account() : null);
            roster.registerStaff(scope, school, new StaffDraft("T" + grade + "02", name(n + 11), Gender.MALE, null,
                    "体育", Qualification.JUNIOR_COLLEGE, ProfessionalTitle.SECOND, BackboneLevel.NONE, true,
                    Specialist.PE), null);
            SchoolClassView schoolClass = roster.openClass(scope, school, new ClassDraft(term.id(), grade,
                    gradeName(grade) + "(1)班", ClassKind.HOMEROOM, teacher.personId()));
            roster.assignTeacher(scope, teacher.personId(), schoolClass.id(), "数学");
            for (int i = 0; i < studentsPerClass; i++, n++) {
                boolean linked = first && i == 0 && firstStudentAccount != null;
                LocalDate born = LocalDate.of(2026 - grade - 6, 1 + (n % 12), 1 + (n * 7 % 28));
                String first17 = region + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", 100 + n);
                String idNumber = first17 + IdNumber.checkCharacter(first17);
                Registered student = roster.registerStudent(scope, school, new StudentDraft(
                        linked ? "张小明" : name(n), n % 2 == 0 ? Gender.MALE : Gender.FEMALE, born, "汉族",
                        "G" + idNumber, idNumber, false, seed > 0 && n % 3 == 0, false, false, seed > 0 && n % 4 == 0),
                        linked ? firstStudentAccount : null);
                roster.enrol(scope, student.personId(), schoolClass.id(), term.startsOn());
                if (linked && firstParentAccount != null) {
                    roster.registerGuardian(scope, student.personId(), "张建华", "13900000009", GuardianRelation.FATHER,
                            firstParentAccount);
                }
            }
        }
    }

    static String name(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n * 5 + n / SURNAMES.length) % GIVEN.length];
    }

    private static String gradeName(int grade) {
        return new String[] {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级"}[grade];
    }
}
