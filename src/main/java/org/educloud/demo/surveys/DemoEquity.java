package org.educloud.demo.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.SurveyView;
import org.educloud.equity.Surveys;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterImports;
import org.educloud.roster.TermView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Gives every demo school a small but real-shaped roster — staff, one or two classes a grade and their students,
 * brought in through the roster's own imports (about 2,500 people, kept small for start-up time) — and a survey for
 * the current year, so the equity dashboard shows a believable county: urban schools above most minimums, rural
 * ones below on equipment and multimedia rooms, a teaching point too small to count. 临江区's surveys are all confirmed; in 青山县 one waits for the district, so the demo shows that step.
 */
@Component
public class DemoEquity implements DemoStep {

    /**
     * One school's shape: classes per grade and their size, teachers per hundred students and the share of them
     * with each attribute, and what the school reports per student.
     */
    public record Profile(String key, int firstGrade, int lastGrade, int classesPerGrade, int classSize,
                   double teachersPer100, double bachelorShare, double collegeShare, double backboneShare,
                   double peArtsPer100, double titledShare, double teachingArea, double sportsArea,
                   double equipment, double multimediaPer100, double computersPer100, double books,
                   boolean confirmed) {
    }

    public static final List<Profile> PROFILES = List.of(
            new Profile("lj-shiyan", 1, 6, 1, 45, 5.6, 0.85, 1.0, 0.22, 1.1, 0.45, 5.4, 8.2, 3400, 2.9, 12, 36, true),
            new Profile("lj-dier", 1, 6, 1, 42, 5.4, 0.80, 1.0, 0.20, 1.0, 0.40, 4.9, 7.9, 2900, 2.6, 10, 31, true),
            new Profile("lj-binjiang", 7, 9, 2, 45, 7.8, 0.95, 1.0, 0.15, 1.0, 0.50, 6.3, 11.0, 3300, 2.7, 14, 42, true),
            new Profile("lj-yucai", 1, 9, 1, 36, 6.4, 0.80, 1.0, 0.17, 1.0, 0.40, 5.6, 10.5, 2700, 2.5, 10, 33, true),
            new Profile("lj-chengnan-xx", 1, 6, 1, 38, 5.8, 0.70, 0.98, 0.18, 0.9, 0.35, 4.7, 7.6, 2100, 2.4, 8, 27, true),
            new Profile("lj-chengnan-cz", 7, 9, 1, 45, 8.0, 0.80, 1.0, 0.13, 0.9, 0.40, 5.9, 10.3, 2600, 2.4, 10, 35, true),
            new Profile("qs-shiyan", 1, 6, 1, 45, 5.2, 0.65, 0.97, 0.20, 1.0, 0.35, 4.6, 7.5, 2000, 2.3, 7, 26, true),
            new Profile("qs-yizhong", 7, 9, 2, 45, 7.4, 0.75, 1.0, 0.14, 0.9, 0.35, 5.8, 10.2, 2500, 2.4, 9, 32, true),
            new Profile("qs-baisha", 7, 9, 1, 38, 8.2, 0.60, 1.0, 0.06, 0.8, 0.30, 6.1, 12.0, 1900, 1.9, 8, 30, false),
            new Profile("qs-shimen-xx", 1, 6, 1, 24, 7.5, 0.40, 0.90, 0.05, 0.6, 0.25, 5.5, 9.5, 1500, 1.6, 6, 22, true),
            new Profile("qs-shimen-jy", 1, 9, 1, 20, 8.0, 0.45, 0.92, 0.06, 0.8, 0.25, 5.9, 11.0, 1700, 1.8, 6, 24, true),
            new Profile("qs-liuping", 1, 3, 1, 9, 11.0, 0.0, 0.67, 0.0, 0.0, 0.0, 6.0, 15.0, 1200, 0.0, 4, 18, true));

    private static final String[] GRADE_NAMES = {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级",
            "八年级", "九年级"};
    private static final Map<String, String> DIVISIONS = Map.of("lj", "360102", "qs", "360121");

    private final RosterImports imports;
    private final RosterDirectory directory;
    private final Surveys surveys;
    private final SchoolYears years;
    private final Clock clock;

    DemoEquity(RosterImports imports, RosterDirectory directory, Surveys surveys, SchoolYears years, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.directory = directory;
        this.surveys = surveys;
        this.years = years;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 800;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.installation(), demo.places());
    }

    void load(Scope installation, Map<String, OrgId> places) {
        int person = 0;
        for (Profile profile : PROFILES) {
            OrgId school = places.get(profile.key());
            TermView term = currentTerm(installation, school);
            int students = profile.classesPerGrade() * profile.classSize()
                    * (profile.lastGrade() - profile.firstGrade() + 1);
            int teachers = (int) Math.round(students * profile.teachersPer100() / 100);
            importing("demo-staff.csv", staff(profile, teachers, students, person),
                    file -> imports.importStaff(installation, school, file, "demo-staff.csv"));
            importing("demo-classes.csv", classes(profile, term),
                    file -> imports.importClasses(installation, school, file, "demo-classes.csv"));
            importing("demo-students.csv", students(profile, term, person),
                    file -> imports.importStudents(installation, school, file, "demo-students.csv"));
            person += students + teachers;
            survey(installation, school, profile, students);
        }
    }

    private void survey(Scope installation, OrgId school, Profile p, int students) {
        String year = years.current();
        SurveyFigures figures = new SurveyFigures(amount(p.teachingArea() * students),
                amount(p.sportsArea() * students * 0.9), amount(p.sportsArea() * students * 0.1),
                amount(p.equipment() * students), (int) Math.round(p.multimediaPer100() * students / 100),
                (int) Math.round(p.computersPer100() * students / 100), (int) Math.round(p.books() * students));
        SurveyView saved = surveys.save(installation, school, year, figures, null);
        SurveyView submitted = surveys.submit(installation, school, year, saved.version());
        if (p.confirmed()) {
            surveys.confirm(installation, school, year, submitted.version());
        }
    }

    /** The term the roster's imports put classes in: the one running today, else the newest. */
    private TermView currentTerm(Scope installation, OrgId school) {
        List<TermView> terms = directory.terms(installation, school);
        LocalDate today = LocalDate.now(clock);
        return terms.stream().filter(t -> t.includes(today)).findFirst().orElse(terms.getFirst());
    }

    private static List<String> staff(Profile p, int teachers, int students, int seed) {
        List<String> rows = new ArrayList<>();
        rows.add("工号,姓名,性别,手机号,任教学科,学历,职称,骨干教师,专任教师,体育艺术专任");
        int peArts = (int) Math.round(students * p.peArtsPer100() / 100);
        String[] arts = {"体育", "音乐", "美术"};
        for (int i = 0; i < teachers; i++) {
            double at = (i + 0.5) / teachers;
            String qualification = at < p.bachelorShare() ? "本科" : at < p.collegeShare() ? "大专" : "中专";
            String title = (i * 7 % teachers) < p.titledShare() * teachers ? "一级教师" : "二级教师";
            String backbone = (i * 3 % teachers) < p.backboneShare() * teachers ? "县级" : "否";
            String specialist = i < peArts ? arts[i % 3] : "";
            String subject = i < peArts ? arts[i % 3] : i % 2 == 0 ? "语文" : "数学";
            boolean man = i % 3 == 0;
            rows.add(String.join(",", "E%03d".formatted(i + 1), DemoRoster.adultName(seed + i + 3, man), man ? "男" : "女",
                    "", subject, qualification, title, backbone, "是", specialist));
        }
        return rows;
    }

    private static List<String> classes(Profile p, TermView term) {
        List<String> rows = new ArrayList<>();
        rows.add("学年,学期,年级,班级名称,班级类型,班主任工号");
        for (int grade = p.firstGrade(); grade <= p.lastGrade(); grade++) {
            for (int c = 0; c < p.classesPerGrade(); c++) {
                rows.add(String.join(",", term.schoolYear(), term.name(), String.valueOf(grade),
                        className(grade, c), "行政班", ""));
            }
        }
        return rows;
    }

    private static List<String> students(Profile p, TermView term, int seed) {
        List<String> rows = new ArrayList<>();
        rows.add("姓名,性别,出生日期,民族,全国学籍号,身份证号,班级,住校生,留守儿童,随迁子女,残疾学生,家庭经济困难");
        String division = DIVISIONS.get(p.key().substring(0, 2));
        int startYear = Integer.parseInt(term.schoolYear().substring(0, 4));
        boolean rural = p.key().startsWith("qs-shimen") || p.key().equals("qs-liuping");
        int n = seed;
        for (int grade = p.firstGrade(); grade <= p.lastGrade(); grade++) {
            for (int c = 0; c < p.classesPerGrade(); c++) {
                for (int i = 0; i < p.classSize(); i++, n++) {
                    // birth date and sequence number together are unique per district, so ID numbers never clash
                    LocalDate born = LocalDate.of(startYear - grade - 6, 1, 1).plusDays(n % 360);
                    boolean boy = n % 2 == 0;
                    // the sequence's last digit is odd for boys and even for girls, as on real ID numbers
                    String first17 = division + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                            + "%03d".formatted(200 + 2 * ((n / 360) % 390) + (boy ? 1 : 0));
                    String id = first17 + IdNumber.checkCharacter(first17);
                    rows.add(String.join(",", DemoRoster.name(n, boy), boy ? "男" : "女", born.toString(), "汉族",
                            "G" + id, id, className(grade, c), rural && grade > 3 ? "是" : "否",
                            rural && n % 3 == 0 ? "是" : "否", !rural && n % 9 == 0 ? "是" : "否",
                            n % 97 == 0 ? "是" : "否", rural && n % 4 == 0 ? "是" : "否"));
                }
            }
        }
        return rows;
    }

    /** Classes (2) and up, so they never meet the named (1) classes the demo roster opened by hand. */
    private static String className(int grade, int index) {
        return GRADE_NAMES[grade] + "(" + (index + 2) + ")班";
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Writes the rows to a file the import reads, and removes it whatever happens. */
    private static void importing(String name, List<String> rows, Function<Path, ImportRunView> importer) {
        Path file = null;
        try {
            file = Files.createTempFile("educloud-" + name, ".csv");
            Files.writeString(file, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
            ImportRunView run = importer.apply(file);
            if (run.outcome() != ImportOutcome.APPLIED) {
                // a refused demo import is a bug in this class: say which rows, loudly
                throw new IllegalStateException("demo import " + name + " was refused: " + run.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
