package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.development.certificates.Certificates;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Teacher development as a district runs it and other modules read it. The district runs a training programme for
 * its teachers through {@link TeacherDevelopment}; a teacher who joins and attends the hours its rule asks completes
 * it, which publishes {@link TrainingCompleted}, and that event credits the programme's hours to the teacher's ledger
 * and issues a certificate, each once. Equity reads the credited hours and self-assessed competence by locality
 * through {@link TrainingFigures} ({@link LocalityTraining}), counts only, with the mean level held back for groups
 * smaller than {@link TrainingFigures#SMALLEST_GROUP}. The context holds development and every module below it (with
 * its direct dependencies only, assessment misses schoolday's beans), on an empty database: one district with an
 * urban and a rural primary school; the national framework loads at start as in production.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class DevelopmentModuleTest {

    private static final BigDecimal CREDIT_HOURS = new BigDecimal("6");
    private static final LocalDateTime NOVEMBER_MORNING = LocalDateTime.of(2026, 11, 3, 9, 0);

    @Autowired
    TeacherDevelopment development;
    @Autowired
    TrainingFigures figures;
    @Autowired
    Certificates certificates;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    Clock clock;

    OrgTree city;
    Scope districtAdmin;
    SchoolInTerm town;
    SchoolInTerm village;

    @BeforeEach
    void aDistrictWithAnUrbanAndARuralSchool() {
        city = OrgTree.cityWithDistrict(tenancy, "绍州市" + System.nanoTime() % 1000);
        districtAdmin = districtAdminOf(city);
        town = SchoolInTerm.open(roster, identity, city.school("城区实验小学", Locality.URBAN));
        village = SchoolInTerm.open(roster, identity, city.school("山村小学", Locality.RURAL));
    }

    @Test
    void a_teacher_who_attends_the_hours_a_programme_asks_completes_it_and_training_completed_is_published(
            Scenario scenario) {
        Person wang = town.teacher("王老师");
        Programme programme = aProgramme("数字素养提升培训").needing("3").run();
        long session = programme.session("面授：课堂中的数字工具", "3");
        development.joinProgramme(wang.scope(), programme.id);

        scenario.stimulate(() -> programme.attended(session, wang))
                .andWaitForEventOfType(TrainingCompleted.class)
                .toArriveAndVerify((completed, completions) -> {
                    assertThat(completions).isEqualTo(1);
                    assertThat(completed.programmeId()).isEqualTo(programme.id);
                    assertThat(completed.teacher()).isEqualTo(wang.account());
                    assertThat(completed.school()).isEqualTo(town.school().id());
                    assertThat(completed.creditHours()).isEqualByComparingTo(CREDIT_HOURS);
                });
        assertThat(certificates.mine(wang.scope(), programme.id).hours()).isEqualByComparingTo(CREDIT_HOURS);
    }

    @Test
    void the_credited_hours_count_in_the_training_figures_of_the_schools_locality() {
        Person wang = town.teacher("王老师");
        Programme programme = aProgramme("数字素养提升培训").needing("3").run();
        development.joinProgramme(wang.scope(), programme.id);

        programme.attended(programme.session("面授", "3"), wang);

        Map<Locality, LocalityTraining> byLocality = figuresOfTheDistrict();
        assertThat(byLocality.get(Locality.URBAN)).satisfies(urban -> {
            assertThat(urban.schools()).isEqualTo(1);
            assertThat(urban.trainedTeachers()).isEqualTo(1);
            assertThat(urban.hours()).isEqualByComparingTo(CREDIT_HOURS);
        });
        assertThat(byLocality.get(Locality.RURAL)).satisfies(rural -> {
            assertThat(rural.trainedTeachers()).isZero();
            assertThat(rural.hours()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(rural.hoursPerTrainedTeacher()).isNull();
        });
    }

    @Test
    void attendance_short_of_the_programmes_minimum_completes_nobody_until_the_hours_add_up() {
        Person li = village.teacher("李老师");
        Programme programme = aProgramme("乡村教师研修").needing("3").run();
        development.joinProgramme(li.scope(), programme.id);

        assertThat(programme.attended(programme.session("第一次直播", "2"), li)).isZero();
        assertThat(figuresOfTheDistrict().get(Locality.RURAL).trainedTeachers()).isZero();

        assertThat(programme.attended(programme.session("第二次直播", "2"), li)).isEqualTo(1);
        assertThat(figuresOfTheDistrict().get(Locality.RURAL).hours()).isEqualByComparingTo(CREDIT_HOURS);
    }

    @Test
    void a_completion_is_credited_once_however_often_attendance_is_recorded() {
        Person wang = town.teacher("王老师");
        Programme programme = aProgramme("数字素养提升培训").needing("3").run();
        development.joinProgramme(wang.scope(), programme.id);
        long session = programme.session("面授", "3");

        programme.attended(session, wang);
        assertThat(programme.attended(session, wang)).as("completions the second time").isZero();

        assertThat(figuresOfTheDistrict().get(Locality.URBAN).hours()).isEqualByComparingTo(CREDIT_HOURS);
    }

    @Test
    void training_completed_delivered_twice_credits_the_hours_once(Scenario scenario) {
        Person zhao = village.teacher("赵老师");
        TrainingCompleted completed = new TrainingCompleted(9_001, "县级送教下乡", zhao.account(), zhao.name(),
                village.school().id(), village.school().path(), new BigDecimal("4.5"), clock.instant());

        scenario.publish(completed)
                .andWaitForStateChange(() -> figuresOfTheDistrict().get(Locality.RURAL).trainedTeachers(),
                        trained -> trained > 0);
        scenario.publish(completed)
                .andWaitForStateChange(() -> figuresOfTheDistrict().get(Locality.RURAL))
                .andVerify(rural -> {
                    assertThat(rural.trainedTeachers()).isEqualTo(1);
                    assertThat(rural.hours()).isEqualByComparingTo("4.5");
                });
        assertThat(certificates.mine(zhao.scope(), 9_001).programmeName()).isEqualTo("县级送教下乡");
    }

    @Test
    void the_mean_competence_of_a_locality_is_shown_only_from_three_assessed_teachers_on() {
        selfAssessedAt(1, town.teacher("王老师"));
        selfAssessedAt(2, town.teacher("张老师"));
        selfAssessedAt(3, town.teacher("刘老师"));
        selfAssessedAt(2, village.teacher("李老师"));

        Map<Locality, LocalityTraining> byLocality = figuresOfTheDistrict();

        assertThat(byLocality.get(Locality.URBAN).assessedTeachers()).isEqualTo(3);
        assertThat(byLocality.get(Locality.URBAN).meanLevel()).isEqualTo(2.0);
        assertThat(byLocality.get(Locality.RURAL).assessedTeachers()).isEqualTo(1);
        assertThat(byLocality.get(Locality.RURAL).meanLevel()).as("one teacher is not shown").isNull();
    }

    @Test
    void another_district_sees_none_of_the_figures_and_its_teachers_cannot_join_the_programme() {
        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "台州市" + System.nanoTime() % 1000);
        Scope otherDistrict = districtAdminOf(elsewhere);
        Person stranger = SchoolInTerm.open(roster, identity, elsewhere.school("台州市城区小学")).teacher("外区老师");
        Programme programme = aProgramme("数字素养提升培训").needing("3").run();

        assertThatThrownBy(() -> figures.byLocality(otherDistrict, city.district().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> development.joinProgramme(stranger.scope(), programme.id))
                .isInstanceOf(NotFoundException.class);
    }

    private Map<Locality, LocalityTraining> figuresOfTheDistrict() {
        return figures.byLocality(districtAdmin, city.district().id()).stream()
                .collect(Collectors.toMap(LocalityTraining::locality, Function.identity()));
    }

    /** The teacher rates themselves at one level on every indicator of the national framework. */
    private void selfAssessedAt(int level, Person teacher) {
        long national = development.nationalFramework();
        Map<String, Integer> levels = development.indicatorCodes(teacher.scope(), national).stream()
                .collect(Collectors.toMap(code -> code, code -> level));
        development.selfAssess(teacher.scope(), national, levels, Map.of());
    }

    private Scope districtAdminOf(OrgTree tree) {
        return identity.scopeOf(identity.create(Scope.installation(), new NewAccount(
                "district" + tree.district().id().value(), "区教育局管理员", null, null, Role.DISTRICT_ADMIN,
                tree.district().id().value(), SchoolInTerm.PASSWORD), false).account().id());
    }

    private ProgrammeBuilder aProgramme(String name) {
        return new ProgrammeBuilder(name);
    }

    /** A programme of the district crediting {@link #CREDIT_HOURS}, completed by attending its minimum hours. */
    private final class ProgrammeBuilder {

        private final String name;
        private BigDecimal minHours = CREDIT_HOURS;

        private ProgrammeBuilder(String name) {
            this.name = name;
        }

        ProgrammeBuilder needing(String hours) {
            minHours = new BigDecimal(hours);
            return this;
        }

        Programme run() {
            return new Programme(development.runProgramme(districtAdmin, city.district().id(), name, "", CREDIT_HOURS,
                    minHours));
        }
    }

    /** A programme the district runs: its sessions, and who attended them. */
    private final class Programme {

        private final long id;

        private Programme(long id) {
            this.id = id;
        }

        /** An in-person session of so many hours; its id. */
        long session(String title, String hours) {
            return development.addSession(districtAdmin, id, title, false, NOVEMBER_MORNING, new BigDecimal(hours),
                    "区教师进修学校");
        }

        /** Records the teachers present at the session; how many completed the programme with it. */
        int attended(long session, Person... teachers) {
            return development.recordAttendance(districtAdmin, id, session,
                    List.of(teachers).stream().map(Person::account).toList());
        }
    }
}
