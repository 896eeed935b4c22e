package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The survey's workflow: a school enters and submits its figures with the roster's counts, the district confirms
 * or sends back; bad figures, closed years and other people's schools are refused and nothing is half-saved.
 */
@EduCloudTest
class SurveyTest {

    @Autowired
    Surveys surveys;
    @Autowired
    SchoolYears years;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterDirectory roster;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    JdbcClient jdbc;

    private Scope as(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private OrgId schoolA() {
        return fixture.a().school().id();
    }

    /** Figures that suit a school of a handful of students. */
    private static SurveyFigures small() {
        return new SurveyFigures(new BigDecimal("12.5"), new BigDecimal("20"), new BigDecimal("2"),
                new BigDecimal("6000"), 0, 1, 40);
    }

    /** Each test takes a year of its own, so they do not see each other's survey of the shared school. */
    private String previousYear() {
        return years.open().get(1);
    }

    @Test
    void theSchoolSubmitsWithTheRosterCountsAndTheDistrictConfirms() {
        String year = years.current();
        clear(schoolA(), year);
        SurveyView draft = surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), null);
        assertThat(draft.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(draft.enteredByName()).isNotBlank();

        SurveyView submitted = surveys.submit(as(Role.SCHOOL_ADMIN), schoolA(), year, draft.version());
        var staffing = roster.staffing(Scope.installation(), fixture.a().school().path()).getFirst();
        assertThat(submitted.status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(submitted.counts().primaryStudents()).isPositive()
                .isEqualTo((int) staffing.studentsInGrades(1, 6));
        assertThat(submitted.counts().teachersBachelorOrAbove()).isEqualTo(submitted.counts().fullTimeTeachers())
                .as("the fixture's teacher holds a bachelor's degree").isPositive();
        assertThat(submitted.counts().intermediateTitleTeachers()).as("a second-grade title is below intermediate")
                .isZero();
        assertThat(submitted.counts().leftBehindStudents()).as("fixed at submission with the head counts")
                .isEqualTo((int) staffing.leftBehindStudents());

        assertThatThrownBy(() -> surveys.confirm(as(Role.SCHOOL_ADMIN), schoolA(), year, submitted.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), submitted.version()))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.notEditable");
        SurveyView confirmed = surveys.confirm(as(Role.DISTRICT_ADMIN), schoolA(), year, submitted.version());
        assertThat(confirmed.status()).isEqualTo(SurveyStatus.CONFIRMED);
        assertThat(confirmed.confirmedByName()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'equity.survey.confirmed'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aSentBackSurveyNeedsAReasonAndReturnsToTheSchoolForCorrection() {
        String year = previousYear();
        clear(schoolA(), year);
        SurveyView draft = surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), null);
        SurveyView submitted = surveys.submit(as(Role.SCHOOL_ADMIN), schoolA(), year, draft.version());
        assertThatThrownBy(() -> surveys.sendBack(as(Role.DISTRICT_ADMIN), schoolA(), year, submitted.version(), " "))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.reasonRequired");
        SurveyView returned = surveys.sendBack(as(Role.DISTRICT_ADMIN), schoolA(), year, submitted.version(),
                "体育馆面积与上年差距过大，请核实");
        assertThat(returned.status()).isEqualTo(SurveyStatus.RETURNED);
        assertThat(returned.returnedReason()).contains("体育馆");
        SurveyView corrected = surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), returned.version());
        assertThat(corrected.status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void aStaleFormIsRefusedRatherThanOverwritingSomeoneElsesChange() {
        String year = previousYear();
        clear(schoolA(), year);
        SurveyView first = surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), null);
        surveys.save(as(Role.DISTRICT_ADMIN), schoolA(), year, small(), first.version());
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), first.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, small(), null))
                .as("a second 'new' form for a survey that exists").isInstanceOf(ConflictException.class);
    }

    @Test
    void implausibleAndNegativeFiguresAreRefusedAndNothingIsSaved() {
        String year = previousYear();
        clear(schoolA(), year);
        SurveyFigures huge = new SurveyFigures(new BigDecimal("10000000"), new BigDecimal("20"), BigDecimal.ONE,
                BigDecimal.TEN, 0, 1, 40);
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, huge, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("teachingArea"));
        SurveyFigures negative = new SurveyFigures(new BigDecimal("-1"), null, null, null, null, null, null);
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, negative, null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(surveys.of(as(Role.SCHOOL_ADMIN), schoolA(), year).started()).isFalse();
    }

    @Test
    void anIncompleteSurveyIsNotSubmittedAndTheMissingFieldIsNamed() {
        String year = previousYear();
        clear(schoolA(), year);
        SurveyFigures partial = new SurveyFigures(new BigDecimal("12"), new BigDecimal("20"), null, null, null,
                null, null);
        SurveyView draft = surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), year, partial, null);
        assertThatThrownBy(() -> surveys.submit(as(Role.SCHOOL_ADMIN), schoolA(), year, draft.version()))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("sportsHallArea"));
        assertThat(surveys.of(as(Role.SCHOOL_ADMIN), schoolA(), year).status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void yearsNotOpenAndSchoolsOutOfReachAreRefused() {
        String closed = (Integer.parseInt(years.current().substring(0, 4)) - 5) + "-"
                + (Integer.parseInt(years.current().substring(0, 4)) - 4);
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), closed, small(), null))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.yearClosed");
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), "2099-2100", small(), null))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.yearUnknown");
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), schoolA(), "2026/27", small(), null))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.yearUnknown");
        assertThatThrownBy(() -> surveys.save(as(Role.SCHOOL_ADMIN), fixture.b().school().id(), years.current(),
                small(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.of(as(Role.TEACHER), schoolA(), years.current()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSchoolWithoutEnrolledStudentsCannotSubmit() {
        var empty = tenancy.registerSchool(Scope.installation(), fixture.a().district().id(), new SchoolDraft(
                "甲区新建小学", "3920000001", Set.of(Stage.PRIMARY), Locality.URBAN, false, null, null, null));
        Scope district = as(Role.DISTRICT_ADMIN);
        SurveyView draft = surveys.save(district, empty.id(), years.current(), small(), null);
        assertThatThrownBy(() -> surveys.submit(district, empty.id(), years.current(), draft.version()))
                .isInstanceOf(RuleViolationException.class).hasMessage("equity.error.noStudents");
        assertThat(surveys.under(district, fixture.a().district().id(), years.current()))
                .extracting(SurveyView::schoolName).contains("甲区新建小学", fixture.a().school().name());
    }

    private void clear(OrgId school, String year) {
        jdbc.sql("DELETE FROM equity.school_survey WHERE school_id = ? AND school_year = ?")
                .params(school.value(), year).update();
    }
}
