package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.equity.digital.ComputingDigitalEquity;
import org.educloud.equity.digital.DigitalEquityReport;
import org.educloud.equity.digital.DigitalMeasure;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterImports;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Digital equity is computed from the modules' own figures: the roster's enrolment, the library's per-school use.
 * DOMAIN's urban/rural test vector, at a twentieth of its size (weights are shares), comes out of the whole path.
 */
@EduCloudTest
class DigitalEquityTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Scope ALL = Scope.installation();

    @Autowired
    ComputingDigitalEquity digital;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    RosterImports imports;
    @Autowired
    RosterDirectory roster;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theUrbanRuralVectorComesOutOfEnrolmentAndLibraryUse() throws IOException {
        OrgNodeView county = tenancy.registerBureau(ALL, fixture.a().district().parentId(),
                new BureauDraft("数字均衡县" + SEQUENCE.incrementAndGet(), null));
        // (locality, students, uses per student): DOMAIN §3's vector with students divided by 20
        Object[][] vector = {{Locality.URBAN, 20, 12}, {Locality.URBAN, 15, 10}, {Locality.RURAL, 5, 6},
                {Locality.RURAL, 4, 4}, {Locality.RURAL, 6, 5}};
        LocalDate day = LocalDate.now().minusDays(1);
        for (Object[] row : vector) {
            OrgNodeView school = school(county, (Locality) row[0], (int) row[1]);
            // the library's per-school totals, as its recording keeps them (LibraryTest checks that it does)
            jdbc.sql("INSERT INTO library.school_day_usage (school_id, day, school_path, views) VALUES (?, ?, ?, ?)")
                    .params(school.id().value(), Date.valueOf(day), school.path().value(), (int) row[1] * (int) row[2])
                    .update();
            jdbc.sql("INSERT INTO library.school_month_usage (school_id, month, school_path, views) VALUES (?, ?, ?, ?)")
                    .params(school.id().value(), Date.valueOf(day.withDayOfMonth(1)), school.path().value(),
                            (int) row[1] * (int) row[2])
                    .update();
        }

        DigitalEquityReport report = digital.report(ALL, county.id(), day.minusDays(30), day);
        DigitalEquityReport.Spread uses = report.measures().get(DigitalMeasure.USES_PER_STUDENT);
        assertThat(uses.schools()).isEqualTo(5);
        assertThat(uses.disparity().mean()).isCloseTo(9.3200, within(0.00005));
        assertThat(uses.disparity().gini()).isCloseTo(0.1667, within(0.00005));
        assertThat(uses.disparity().theilT()).isCloseTo(0.05535, within(0.000005));
        assertThat(uses.disparity().theilBetween()).isCloseTo(0.05010, within(0.000005));
        assertThat(uses.disparity().theilL()).isCloseTo(0.06421, within(0.000005));
        assertThat(uses.ruralUrban().index()).isCloseTo((76.0 / 15) / (390.0 / 35), within(1e-9));
        assertThat(uses.ruralUrban().atParity()).isFalse();
        assertThat(uses.lorenz().points()).hasSize(6).last()
                .satisfies(p -> assertThat(p.population()).isCloseTo(1.0, within(1e-9)));
        assertThat(report.schools()).extracting(DigitalEquityReport.SchoolLine::students)
                .containsExactly(20L, 15L, 5L, 4L, 6L);

        assertThat(report.measures().get(DigitalMeasure.UPLOADS_PER_TEACHER).schools())
                .as("no school has teachers, so no per-teacher value").isZero();
        assertThat(report.outcomes()).as("every group is under ten students with grades")
                .allSatisfy(o -> {
                    assertThat(o.suppressed()).isTrue();
                    assertThat(o.meanPercent()).isNull();
                    assertThat(o.students()).isZero();
                });
        assertThat(report.trend()).hasSize(12).last()
                .satisfies(m -> assertThat(m.parity().index()).isNotNull());
    }

    @Test
    void theReportIsForTheAreasAdminsAndAPeriodMustMakeSense() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> digital.report(districtA, fixture.b().district().id(), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> digital.report(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)),
                fixture.a().district().id(), null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> digital.report(districtA, fixture.a().school().id(), null, null))
                .isInstanceOf(NotFoundException.class);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> digital.report(districtA, fixture.a().district().id(), today, today.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(digital.report(districtA, fixture.a().district().id(), null, null).schools())
                .extracting(DigitalEquityReport.SchoolLine::name).contains(fixture.a().school().name())
                .doesNotContain(fixture.b().school().name());
    }

    /** A school with one homeroom class of {@code students}, brought in through the roster's imports. */
    private OrgNodeView school(OrgNodeView county, Locality locality, int students) throws IOException {
        int n = SEQUENCE.incrementAndGet();
        OrgNodeView school = tenancy.registerSchool(ALL, county.id(), new SchoolDraft(county.name() + "第" + n + "小学",
                String.format("392%07d", n), java.util.Set.of(Stage.PRIMARY), locality, false, null, null, null));
        var term = roster.terms(ALL, school.id()).stream().filter(t -> t.includes(LocalDate.now())).findFirst()
                .orElse(roster.terms(ALL, school.id()).getFirst());
        assertThat(imports.importClasses(ALL, school.id(), csv("学年,学期,年级,班级名称,班级类型,班主任工号",
                List.of(term.schoolYear() + "," + term.name() + ",3,三年级(1)班,行政班,")), "classes.csv").outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            String first17 = "469027" + LocalDate.of(2017, 1, 1).plusDays(n * 40 + i)
                    .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
            String id = first17 + IdNumber.checkCharacter(first17);
            rows.add(String.join(",", "学生" + n + "-" + i, i % 2 == 0 ? "男" : "女",
                    IdNumber.birthDate(id).orElseThrow().toString(), "汉族", "G" + id, id, "三年级(1)班",
                    "否", "否", "否", "否", "否"));
        }
        var run = imports.importStudents(ALL, school.id(), csv(
                "姓名,性别,出生日期,民族,全国学籍号,身份证号,班级,住校生,留守儿童,随迁子女,残疾学生,家庭经济困难", rows),
                "students.csv");
        assertThat(run.problems()).isEmpty();
        return school;
    }

    private static Path csv(String header, List<String> rows) throws IOException {
        Path file = Files.createTempFile("digital-equity", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
