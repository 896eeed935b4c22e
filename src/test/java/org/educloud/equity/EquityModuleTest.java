package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Role;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * From a school's condition survey to the district's balance indicators, through {@link Surveys} and
 * {@link ComputingBalance}: schools enter and submit their figures, the district confirms them, and only confirmed
 * figures count, per student of the roster. Equity and the modules it reads are in the context, on an empty database:
 * one district with an urban and a rural primary school.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class EquityModuleTest {

    private static final String YEAR = "2026-2027";

    @Autowired
    Surveys surveys;
    @Autowired
    ComputingBalance balance;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;

    OrgTree city;
    Scope districtAdmin;
    SchoolInTerm town;
    SchoolInTerm village;

    @BeforeEach
    void aDistrictWithAnUrbanAndARuralSchool() {
        city = OrgTree.cityWithDistrict(tenancy, "宁州市" + System.nanoTime() % 1000);
        districtAdmin = identity.scopeOf(identity.create(Scope.installation(), new NewAccount(
                "district" + city.district().id().value(), "区教育局管理员", null, null, Role.DISTRICT_ADMIN,
                city.district().id().value(), SchoolInTerm.PASSWORD), false).account().id());
        town = withStudents(city.school("城区实验小学", Locality.URBAN), 4);
        village = withStudents(city.school("山村小学", Locality.RURAL), 3);
    }

    @Test
    void confirmed_surveys_become_per_student_indicators_of_the_district(Scenario scenario) {
        submit(town, figures(20, 10_000, 120));
        submit(village, figures(6, 3_000, 30));

        confirm(town);
        scenario.stimulate(() -> confirm(village))
                .andWaitForEventOfType(AuditableActionOccurred.class)
                .matching(audit -> audit.action().equals("equity.survey.confirmed")
                        && village.school().path().equals(audit.orgPath()))
                .toArrive();

        BalanceReport report = balance.report(districtAdmin, city.district().id(), YEAR, Stage.PRIMARY);
        assertThat(report.schools()).extracting(BalanceReport.SchoolBalance::students).containsExactlyInAnyOrder(4, 3);
        assertThat(report.schools()).filteredOn(line -> line.locality() == Locality.URBAN).singleElement()
                .satisfies(line -> assertThat(line.quality().get(QualityIndicator.TEACHING_AREA)).isEqualTo(5.0));
        assertThat(report.quality().get(QualityIndicator.TEACHING_AREA).value())
                .as("5 m² against 2 m² per student differ").isPositive();
        assertThat(report.missing()).isEmpty();
    }

    @Test
    void a_survey_that_is_only_submitted_does_not_count_yet() {
        submit(town, figures(20, 10_000, 120));
        submit(village, figures(6, 3_000, 30));
        confirm(town);

        BalanceReport report = balance.report(districtAdmin, city.district().id(), YEAR, Stage.PRIMARY);

        assertThat(report.schools()).extracting(BalanceReport.SchoolBalance::school).containsExactly(town.school().id());
        assertThat(report.missing()).extracting(BalanceReport.Missing::school).containsExactly(village.school().id());
    }

    @Test
    void figures_beyond_belief_for_the_schools_size_are_refused() {
        assertThatThrownBy(() -> surveys.save(town.admin(), town.school().id(), YEAR, figures(20, 10_000, 120_000), null))
                .as("30,000 books for each of 4 students").isInstanceOf(FieldRuleViolationException.class);
    }

    @Test
    void a_school_cannot_confirm_its_own_survey() {
        submit(town, figures(20, 10_000, 120));

        assertThatThrownBy(() -> surveys.confirm(town.admin(), town.school().id(), YEAR,
                surveys.of(town.admin(), town.school().id(), YEAR).version()))
                .isInstanceOf(RuntimeException.class);
        assertThat(surveys.of(districtAdmin, town.school().id(), YEAR).status()).isEqualTo(SurveyStatus.SUBMITTED);
    }

    private SchoolInTerm withStudents(org.educloud.tenancy.OrgNodeView school, int students) {
        SchoolInTerm inTerm = SchoolInTerm.open(roster, identity, school);
        Person teacher = inTerm.teacher("王老师");
        List<Person> pupils = IntStream.range(0, students).mapToObj(i -> inTerm.student("学生" + i)).toList();
        inTerm.homeroom(3, "三年级(1)班", teacher, pupils);
        return inTerm;
    }

    private void submit(SchoolInTerm school, SurveyFigures figures) {
        SurveyView saved = surveys.save(school.admin(), school.school().id(), YEAR, figures, null);
        surveys.submit(school.admin(), school.school().id(), YEAR, saved.version());
    }

    private void confirm(SchoolInTerm school) {
        surveys.confirm(districtAdmin, school.school().id(), YEAR,
                surveys.of(districtAdmin, school.school().id(), YEAR).version());
    }

    private static SurveyFigures figures(int teachingArea, int equipmentValue, int books) {
        return new SurveyFigures(BigDecimal.valueOf(teachingArea), BigDecimal.valueOf(teachingArea * 2L), BigDecimal.ZERO,
                BigDecimal.valueOf(equipmentValue), 1, 1, books);
    }
}
