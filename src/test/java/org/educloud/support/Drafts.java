package org.educloud.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.LessonId;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ClassId;
import org.educloud.roster.Gender;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StudentDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;

/**
 * Readable builders for the drafts tests hand to the modules' APIs, instead of their long positional constructors:
 * {@code aStudent().named("张三").female().build()}. Each starts from a valid, ordinary draft (an urban primary
 * school, a grade-3 boy, a mathematics teacher with a bachelor's degree, a week of homework, a courseware PDF shared
 * with the school), so a test names only what it is about. Numbers that must be unique (student numbers, staff
 * numbers, school codes) are unique within the test JVM unless a test sets them.
 */
public final class Drafts {

    private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private Drafts() {
    }

    public static StudentBuilder aStudent() {
        return new StudentBuilder();
    }

    public static StaffBuilder aStaffMember() {
        return new StaffBuilder();
    }

    public static SchoolBuilder aSchool() {
        return new SchoolBuilder();
    }

    public static AssignmentBuilder anAssignment() {
        return new AssignmentBuilder();
    }

    public static ResourceBuilder aResource() {
        return new ResourceBuilder();
    }

    /**
     * A student as a school registers them; by default a boy born in March 2018 with a student number, no ID number
     * and no ethnicity given.
     */
    public static final class StudentBuilder {
        private String name = "张小明";
        private Gender gender = Gender.MALE;
        private LocalDate birthDate = LocalDate.of(2018, 3, 14);
        private String ethnicity;
        private String studentNumber = "G" + (10_000_000_000_000_000L + UNIQUE.incrementAndGet()) + "1";
        private String idNumber;
        private boolean boarding;
        private boolean leftBehind;
        private boolean migrant;
        private boolean disability;
        private boolean economicHardship;

        public StudentBuilder named(String name) {
            this.name = name;
            return this;
        }

        public StudentBuilder female() {
            this.gender = Gender.FEMALE;
            return this;
        }

        public StudentBuilder male() {
            this.gender = Gender.MALE;
            return this;
        }

        public StudentBuilder born(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public StudentBuilder ofEthnicity(String ethnicity) {
            this.ethnicity = ethnicity;
            return this;
        }

        /** The 全国学籍号: a capital letter, 17 digits and a digit or X. */
        public StudentBuilder numbered(String studentNumber) {
            this.studentNumber = studentNumber;
            return this;
        }

        public StudentBuilder withIdNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        /**
         * A valid ID number for the birth date, from a region code and a three-digit sequence, and the student number
         * the demo derives from it ("G" + ID number).
         */
        public StudentBuilder withValidIdNumber(String region, String sequence) {
            String first17 = region + birthDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + sequence;
            this.idNumber = first17 + IdNumber.checkCharacter(first17);
            this.studentNumber = "G" + idNumber;
            return this;
        }

        public StudentBuilder boarding() {
            this.boarding = true;
            return this;
        }

        public StudentBuilder leftBehind() {
            this.leftBehind = true;
            return this;
        }

        public StudentBuilder migrant() {
            this.migrant = true;
            return this;
        }

        public StudentBuilder withDisability() {
            this.disability = true;
            return this;
        }

        public StudentBuilder inEconomicHardship() {
            this.economicHardship = true;
            return this;
        }

        public StudentDraft build() {
            return new StudentDraft(name, gender, birthDate, ethnicity, studentNumber, idNumber, boarding, leftBehind,
                    migrant, disability, economicHardship);
        }
    }

    /** A staff member; by default a full-time female mathematics teacher with a bachelor's degree, second rank. */
    public static final class StaffBuilder {
        private String staffNumber = "T" + UNIQUE.incrementAndGet();
        private String name = "王芳";
        private Gender gender = Gender.FEMALE;
        private String phone;
        private String subjects = "数学";
        private Qualification qualification = Qualification.BACHELOR;
        private ProfessionalTitle title = ProfessionalTitle.SECOND;
        private BackboneLevel backboneLevel;
        private boolean fullTimeTeacher = true;

        public StaffBuilder numbered(String staffNumber) {
            this.staffNumber = staffNumber;
            return this;
        }

        public StaffBuilder named(String name) {
            this.name = name;
            return this;
        }

        public StaffBuilder male() {
            this.gender = Gender.MALE;
            return this;
        }

        public StaffBuilder withPhone(String phone) {
            this.phone = phone;
            return this;
        }

        public StaffBuilder teaching(String subjects) {
            this.subjects = subjects;
            return this;
        }

        public StaffBuilder qualified(Qualification qualification) {
            this.qualification = qualification;
            return this;
        }

        public StaffBuilder titled(ProfessionalTitle title) {
            this.title = title;
            return this;
        }

        public StaffBuilder backbone(BackboneLevel level) {
            this.backboneLevel = level;
            return this;
        }

        public StaffBuilder notATeacher() {
            this.fullTimeTeacher = false;
            return this;
        }

        public StaffDraft build() {
            return new StaffDraft(staffNumber, name, gender, phone, subjects, qualification, title, backboneLevel,
                    fullTimeTeacher, null);
        }
    }

    /** A school; by default an urban primary school, no teaching point, with a unique 10-digit code. */
    public static final class SchoolBuilder {
        private String name = "实验小学";
        private String code = Long.toString(3_153_200_000L + UNIQUE.incrementAndGet() % 100_000_000L);
        private Set<Stage> stages = EnumSet.of(Stage.PRIMARY);
        private Locality locality = Locality.URBAN;
        private boolean teachingPoint;
        private String address;
        private String principalName;
        private String principalPhone;

        public SchoolBuilder named(String name) {
            this.name = name;
            return this;
        }

        /** The 学校标识码. */
        public SchoolBuilder coded(String code) {
            this.code = code;
            return this;
        }

        public SchoolBuilder teaching(Stage first, Stage... more) {
            this.stages = EnumSet.of(first, more);
            return this;
        }

        public SchoolBuilder in(Locality locality) {
            this.locality = locality;
            return this;
        }

        public SchoolBuilder teachingPoint() {
            this.teachingPoint = true;
            return this;
        }

        public SchoolBuilder at(String address) {
            this.address = address;
            return this;
        }

        public SchoolBuilder ledBy(String principalName, String principalPhone) {
            this.principalName = principalName;
            this.principalPhone = principalPhone;
            return this;
        }

        public SchoolDraft build() {
            return new SchoolDraft(name, code, stages, locality, teachingPoint, address, principalName, principalPhone);
        }
    }

    /**
     * Homework for classes; by default open since an hour ago and due in three days (the JVM's clock, as the tests
     * read it), 100 points, late work accepted and marked, text answers only, one hand-in.
     */
    public static final class AssignmentBuilder {
        private final List<Long> classIds = new ArrayList<>();
        private String title = "口算练习";
        private String instructions = "<p>完成练习册第12页</p>";
        private LocalDateTime opensAt = LocalDateTime.now().minusHours(1);
        private LocalDateTime dueAt = LocalDateTime.now().plusDays(3);
        private BigDecimal maxScore = new BigDecimal("100");
        private LatePolicy latePolicy = LatePolicy.ACCEPT_MARKED;
        private boolean textAllowed = true;
        private boolean filesAllowed;
        private List<String> fileTypes;
        private int maxFileMb = 5;
        private boolean resubmission;
        private org.educloud.learning.Rubric rubric;
        private LessonId lessonId;

        public AssignmentBuilder forClasses(Long... classIds) {
            this.classIds.addAll(List.of(classIds));
            return this;
        }

        public AssignmentBuilder forClass(long classId) {
            this.classIds.add(classId);
            return this;
        }

        public AssignmentBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public AssignmentBuilder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        public AssignmentBuilder open(LocalDateTime opensAt, LocalDateTime dueAt) {
            this.opensAt = opensAt;
            this.dueAt = dueAt;
            return this;
        }

        public AssignmentBuilder outOf(String maxScore) {
            this.maxScore = new BigDecimal(maxScore);
            return this;
        }

        public AssignmentBuilder late(LatePolicy latePolicy) {
            this.latePolicy = latePolicy;
            return this;
        }

        /** Files of these kinds (e.g. "pdf", "jpg") may be handed in, up to {@code maxFileMb} each. */
        public AssignmentBuilder files(int maxFileMb, String... fileTypes) {
            this.filesAllowed = true;
            this.fileTypes = List.of(fileTypes);
            this.maxFileMb = maxFileMb;
            return this;
        }

        public AssignmentBuilder filesOnly(int maxFileMb, String... fileTypes) {
            this.textAllowed = false;
            return files(maxFileMb, fileTypes);
        }

        public AssignmentBuilder resubmittable() {
            return resubmittable(true);
        }

        public AssignmentBuilder resubmittable(boolean resubmission) {
            this.resubmission = resubmission;
            return this;
        }

        public AssignmentBuilder gradedBy(org.educloud.learning.Rubric rubric) {
            this.rubric = rubric;
            return this;
        }

        public AssignmentBuilder inLesson(LessonId lessonId) {
            this.lessonId = lessonId;
            return this;
        }

        public AssignmentDraft build() {
            return new AssignmentDraft(classIds.stream().map(ClassId::of).toList(), title, instructions, opensAt,
                    dueAt, maxScore, latePolicy, textAllowed, filesAllowed, fileTypes, maxFileMb, resubmission, rubric, lessonId);
        }
    }

    /** A resource of the library; by default grade-3 mathematics courseware in Chinese, CC BY, shared with the school. */
    public static final class ResourceBuilder {
        private String title = "分数的初步认识";
        private String description = "<p>课件</p>";
        private ResourceType type = ResourceType.COURSEWARE;
        private Licence licence = Licence.CC_BY;
        private Stage stage = Stage.PRIMARY;
        private Subject subject = Subject.MATHEMATICS;
        private Integer grade = 3;
        private Long textbookNodeId;
        private List<Long> knowledgePointIds;
        private String tags = "";
        private String language = "zh-CN";
        private String linkUrl;
        private Sharing sharing = Sharing.SCHOOL;
        private Long ownerId;

        public ResourceBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public ResourceBuilder described(String description) {
            this.description = description;
            return this;
        }

        public ResourceBuilder ofType(ResourceType type) {
            this.type = type;
            return this;
        }

        public ResourceBuilder licensed(Licence licence) {
            this.licence = licence;
            return this;
        }

        public ResourceBuilder forGrade(Stage stage, Subject subject, Integer grade) {
            this.stage = stage;
            this.subject = subject;
            this.grade = grade;
            return this;
        }

        public ResourceBuilder atLesson(Long textbookNodeId) {
            this.textbookNodeId = textbookNodeId;
            return this;
        }

        public ResourceBuilder onKnowledgePoints(Long... ids) {
            this.knowledgePointIds = List.of(ids);
            return this;
        }

        public ResourceBuilder tagged(String tags) {
            this.tags = tags;
            return this;
        }

        public ResourceBuilder inLanguage(String language) {
            this.language = language;
            return this;
        }

        public ResourceBuilder linkingTo(String url) {
            this.linkUrl = url;
            return this;
        }

        public ResourceBuilder sharedWith(Sharing sharing) {
            this.sharing = sharing;
            return this;
        }

        /** The org node (a school or bureau) that owns it, when not the author's own school. */
        public ResourceBuilder ownedBy(long orgId) {
            this.ownerId = orgId;
            return this;
        }

        public ResourceDraft build() {
            return new ResourceDraft(title, description, type, licence, stage, subject, grade, textbookNodeId,
                    knowledgePointIds, tags, language, linkUrl, sharing, ownerId);
        }
    }
}
