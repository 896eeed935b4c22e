package org.educloud.demo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
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
import org.educloud.roster.StudentId;
import org.educloud.roster.TermView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Classes, teachers, students and a parent in one urban and one rural school of the demo: enough to show class
 * rosters, a teacher's classes and a parent's child, with the demo accounts linked to their roster records.
 */
@Component
public class DemoRoster implements DemoStep {

    /** The classes the roster step registered, by school key, for the steps after it. */
    public static final DemoContext.Key<Map<String, DemoClass>> CLASSES = new DemoContext.Key<>("classes");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    /** Given names parents in China chose for boys and for girls around 2015–2020. */
    private static final String[] BOYS = {"浩然", "宇轩", "俊杰", "博文", "明轩", "天佑", "思远", "子豪", "皓轩", "家乐",
            "睿泽", "一鸣", "梓睿", "宇航", "晨阳"};
    private static final String[] GIRLS = {"欣怡", "梓萱", "雨桐", "诗琪", "可馨", "佳怡", "语嫣", "子涵", "思彤", "若曦",
            "雅琪", "静怡", "梦瑶", "一诺", "紫涵"};
    /** Given names of teachers' generation (born 1970–1995). */
    private static final String[] MEN = {"建军", "志强", "海涛", "国栋", "文斌", "永红", "立新", "伟东", "俊峰", "晓东"};
    private static final String[] WOMEN = {"丽华", "秀兰", "海燕", "丽萍", "晓红", "春梅", "晓燕", "慧敏", "玉兰", "婷婷"};

    /** 三年级(1)班 and 四年级(1)班: a full urban class, and a rural one of the size its village can fill. */
    private static final int[] URBAN_CLASS_SIZES = {42, 40};
    private static final int[] RURAL_CLASS_SIZES = {18, 21};

    public static final LocalDate AUTUMN_TERM_STARTS = LocalDate.of(2026, 9, 1);

    private final RosterManagement roster;
    private final IdentityManagement identity;

    DemoRoster(RosterManagement roster, IdentityManagement identity) {
        this.roster = roster;
        this.identity = identity;
    }

    /** A student of a demo class with the account the roster made for them (waiting for activation but for 张小明). */
    public record DemoStudent(long studentId, UserId account) {
    }

    /** The 三年级(1)班 a demo teacher leads, with its students. */
    public record DemoClass(long classId, List<DemoStudent> students) {
    }

    /** First: every later step reads its classes. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void run(DemoContext demo) {
        demo.put(CLASSES, load(demo.installation(), demo.places(), demo.accounts()));
    }

    /** Registers the two schools' classes; answers each school's 三年级(1)班 by the school's key. */
    Map<String, DemoClass> load(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts) {
        OrgId city = places.get("city");
        TermView autumn = roster.openTerm(installation, city, "2026-2027", "第一学期",
                AUTUMN_TERM_STARTS, LocalDate.of(2027, 1, 22));
        roster.openTerm(installation, city, "2026-2027", "第二学期", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9));
        return Map.of(
                "lj-shiyan", school(installation, places.get("lj-shiyan"), "360102", autumn,
                        new HeadTeacher("王丽", accounts.get("teacher.wang")), accounts.get("student.zhang"),
                        accounts.get("parent.zhang"), URBAN_CLASS_SIZES, 0),
                "qs-shimen-xx", school(installation, places.get("qs-shimen-xx"), "360121", autumn,
                        new HeadTeacher("李娟", accounts.get("teacher.li")), null, null, RURAL_CLASS_SIZES, 100));
    }

    /** The demo teacher account that leads the first class of a school. */
    private record HeadTeacher(String name, @Nullable UserId account) {
    }

    private DemoClass school(Scope scope, OrgId school, String region, TermView term, HeadTeacher head,
                             @Nullable UserId firstStudentAccount, @Nullable UserId firstParentAccount, int[] classSizes,
                             int seed) {
        int n = seed;
        DemoClass headClass = null;
        for (int grade : List.of(3, 4)) {
            boolean first = grade == 3;
            Registered teacher = roster.registerStaff(scope, school, new StaffDraft("T" + grade + "01",
                    first ? head.name() : adultName(n + 7, false),
                    Gender.FEMALE, null, "数学", seed == 0 ? Qualification.BACHELOR : Qualification.JUNIOR_COLLEGE,
                    seed == 0 ? ProfessionalTitle.FIRST : ProfessionalTitle.SECOND,
                    seed == 0 ? BackboneLevel.COUNTY : BackboneLevel.NONE, true, Specialist.NONE),
                    first ? head.account() : null);
            roster.registerStaff(scope, school, new StaffDraft("T" + grade + "02", adultName(n + 11, true), Gender.MALE, null,
                    "体育", Qualification.JUNIOR_COLLEGE, ProfessionalTitle.SECOND, BackboneLevel.NONE, true,
                    Specialist.PE), null);
            SchoolClassView schoolClass = roster.openClass(scope, school, new ClassDraft(term.id().value(), grade,
                    gradeName(grade) + "(1)班", ClassKind.HOMEROOM, teacher.personId()));
            roster.assignTeacher(scope, teacher.personId(), schoolClass.id(), "数学");
            List<DemoStudent> students = new ArrayList<>();
            for (int i = 0; i < classSizes[grade - 3]; i++, n++) {
                boolean linked = first && i == 0 && firstStudentAccount != null;
                // 张小明 is a boy; after him boys and girls alternate
                boolean boy = linked || n % 2 == 1;
                LocalDate born = LocalDate.of(2026 - grade - 6, 1 + (n % 12), 1 + (n * 7 % 28));
                // the ID number's 17th digit is odd for men and even for women
                String first17 = region + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", 100 + 2 * n + (boy ? 1 : 0));
                String idNumber = first17 + IdNumber.checkCharacter(first17);
                Registered student = roster.registerStudent(scope, school, new StudentDraft(
                        linked ? "张小明" : name(n, boy), boy ? Gender.MALE : Gender.FEMALE, born, "汉族",
                        "G" + idNumber, idNumber, false, seed > 0 && n % 3 == 0, false, false, seed > 0 && n % 4 == 0),
                        linked ? firstStudentAccount : null);
                roster.enrol(scope, StudentId.of(student.personId()), schoolClass.id(), term.startsOn());
                if (first) {
                    students.add(new DemoStudent(student.personId(),
                            linked ? firstStudentAccount : accountOf(scope, student.username())));
                }
                if (linked && firstParentAccount != null) {
                    roster.registerGuardian(scope, StudentId.of(student.personId()), "张建华", "13900000009", GuardianRelation.FATHER,
                            firstParentAccount);
                }
            }
            if (first) {
                headClass = new DemoClass(schoolClass.id().value(), List.copyOf(students));
            }
        }
        return java.util.Objects.requireNonNull(headClass);
    }

    /** The account the roster made for a student it registered, found by its generated username. */
    private UserId accountOf(Scope scope, String username) {
        return identity.search(scope, username, Role.STUDENT, null, 0, 5).items().stream()
                .filter(a -> a.username().equals(username)).map(AccountView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    /** A child's name that fits the child's gender; stable for {@code n}. */
    public static String name(int n, boolean boy) {
        String[] given = boy ? BOYS : GIRLS;
        return SURNAMES[n % SURNAMES.length] + given[(n * 5 + n / SURNAMES.length) % given.length];
    }

    /** A teacher's name that fits the teacher's gender. */
    public static String adultName(int n, boolean man) {
        String[] given = man ? MEN : WOMEN;
        return SURNAMES[n % SURNAMES.length] + given[(n * 3 + n / SURNAMES.length) % given.length];
    }

    private static String gradeName(int grade) {
        return new String[] {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级"}[grade];
    }
}
