package org.educloud.demo.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.educloud.assessment.exams.ExamDraft;
import org.educloud.assessment.exams.ExamSubject;
import org.educloud.assessment.exams.Exams;
import org.educloud.assessment.exams.ScoreEntry;
import org.educloud.demo.people.DemoRoster;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.Gender;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * 实验小学's grade 3 sits two exams this term, the 十月月考 and the 期中考试 (语文, 数学, 英语 of 100 each), in its two
 * classes: 王老师's 三年级(1)班 and a 三年级(2)班 opened here. Each student has a fixed ability (the same on every
 * load), so scores spread as a real class's do, with a few absentees, and the mid-term can be read against the
 * monthly test.
 */
@Component
public class DemoExams {

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语");
    static final int SECOND_CLASS_SIZE = 38;

    private final Exams exams;
    private final ScoreEntry entry;
    private final RosterManagement roster;
    private final RosterDirectory directory;
    private final IdentityManagement identity;

    DemoExams(Exams exams, ScoreEntry entry, RosterManagement roster, RosterDirectory directory,
              IdentityManagement identity) {
        this.exams = exams;
        this.entry = entry;
        this.roster = roster;
        this.directory = directory;
        this.identity = identity;
    }

    void load(Scope installation, UserId schoolAdmin, DemoRoster.DemoClass grade3) {
        SchoolClassView first = directory.roster(installation, ClassId.of(grade3.classId())).schoolClass();
        SchoolClassView second = secondClass(installation, first);
        Scope admin = identity.scopeOf(schoolAdmin);
        long school = first.schoolId().value();
        long term = first.termId().value();
        List<ExamSubject> subjects = SUBJECTS.stream().map(s -> new ExamSubject(s, 100)).toList();
        long monthly = exams.define(admin, school, new ExamDraft("十月月考", LocalDate.of(2026, 10, 15), term, 3,
                subjects, 60, 85));
        long midTerm = exams.define(admin, school, new ExamDraft("期中考试", LocalDate.of(2026, 11, 12), term, 3,
                subjects, 60, 85));
        for (SchoolClassView c : List.of(first, second)) {
            // the second class is a little stronger in 数学 and weaker in 英语, and improves more by the mid-term
            boolean other = c.id().equals(second.id());
            enter(admin, monthly, c, new double[] {0, other ? 3 : 0, other ? -4 : 0}, 11);
            enter(admin, midTerm, c, new double[] {2, other ? 6 : 1, other ? -1 : 2}, 23);
        }
    }

    private void enter(Scope admin, long exam, SchoolClassView schoolClass, double[] shift, int seed) {
        Map<Long, Map<String, String>> cells = new HashMap<>();
        List<StudentView> students = directory.roster(admin, schoolClass.id()).students();
        Random noise = new Random(seed + schoolClass.id().value());
        for (int i = 0; i < students.size(); i++) {
            // ability from the student's place, not the run: the same every load
            double ability = 80 + 12 * Math.sin(i * 2.3 + schoolClass.id().value());
            Map<String, String> row = new HashMap<>();
            for (int s = 0; s < SUBJECTS.size(); s++) {
                boolean absent = (i * 7 + s * 3 + seed) % 41 == 0;
                double score = Math.max(18, Math.min(100, Math.round(ability + shift[s] + noise.nextGaussian() * 7)));
                row.put(SUBJECTS.get(s), absent ? "缺考" : String.valueOf((int) score));
            }
            cells.put(students.get(i).id().value(), row);
        }
        var problems = entry.save(admin, exam, schoolClass.id().value(), cells);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo scores refused: " + problems);
        }
    }

    /** 三年级(2)班 of the school with its head teacher and students (ID numbers apart from the first class's). */
    private SchoolClassView secondClass(Scope installation, SchoolClassView first) {
        var teacher = roster.registerStaff(installation, first.schoolId(), new StaffDraft("T311",
                DemoRoster.adultName(31, false), Gender.FEMALE, null, "语文", Qualification.BACHELOR,
                ProfessionalTitle.SECOND, BackboneLevel.NONE, true, Specialist.NONE), null);
        SchoolClassView second = roster.openClass(installation, first.schoolId(), new ClassDraft(
                first.termId().value(), 3, "三年级(2)班", ClassKind.HOMEROOM, teacher.personId()));
        roster.assignTeacher(installation, teacher.personId(), second.id(), "语文");
        for (int i = 0; i < SECOND_CLASS_SIZE; i++) {
            int n = 300 + i;
            boolean boy = i % 2 == 0;
            LocalDate born = LocalDate.of(2017, 1 + (i % 12), 1 + (i * 5 % 28));
            String first17 = "360102" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", 500 + 2 * i + (boy ? 1 : 0));
            String idNumber = first17 + IdNumber.checkCharacter(first17);
            var student = roster.registerStudent(installation, first.schoolId(), new StudentDraft(
                    DemoRoster.name(n, boy), boy ? Gender.MALE : Gender.FEMALE, born, "汉族", "G" + idNumber, idNumber,
                    false, false, false, false, false), null);
            roster.enrol(installation, StudentId.of(student.personId()), second.id(), DemoRoster.AUTUMN_TERM_STARTS);
        }
        return directory.roster(installation, second.id()).schoolClass();
    }
}
