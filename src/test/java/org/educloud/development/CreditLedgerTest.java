package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.educloud.development.credits.ClaimForm;
import org.educloud.development.credits.CreditClaims;
import org.educloud.development.credits.CreditImport;
import org.educloud.development.credits.CreditLedger;
import org.educloud.development.credits.ImportingCredits;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.StoredFiles;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The credit-hour ledger: an outside provider's file all or nothing and never counted twice, claims with evidence of
 * an allowed kind approved only by the teacher's own school, and who is behind the cycle.
 */
@EduCloudTest
class CreditLedgerTest {

    private static final String HEADER = "教师账号,培训机构,课程名称,培训日期,学时\n";
    private static final byte[] PDF = "%PDF-1.4\n%测试证明\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ImportingCredits importing;
    @Autowired
    CreditClaims claims;
    @Autowired
    StoredFiles files;
    @Autowired
    CreditLedger ledger;
    @Autowired
    TenantFixture fixture;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private UserId teacher;
    private String username;

    @BeforeEach
    void aTeacherOfTheirOwn() {
        teacher = schoolday.newTeacherWithAccount(fixture.a(), "学时测试老师").account();
        username = identity.self(teacher).username();
    }

    private Scope admin(TenantFixture.Side side, Role role) {
        return identity.scopeOf(side.person(role));
    }

    private CreditImport importing(String rows) throws Exception {
        Path file = Files.createTempFile("hours", ".csv");
        try {
            Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
            return importing.importHours(admin(fixture.a(), Role.DISTRICT_ADMIN), fixture.a().district().id(), file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private BigDecimal hours() {
        return jdbc.sql("SELECT coalesce(sum(hours), 0) FROM development.credit_entry WHERE teacher_account = ?")
                .param(teacher.value()).query(BigDecimal.class).single();
    }

    @Test
    void anOutsideProvidersFileIsCreditedAndTheSameFileAgainIsRefusedWhole() throws Exception {
        String rows = username + ",省教育厅培训中心,人工智能助力教学,2026-05-10,8\n"
                + username + ",国家中小学智慧教育平台,寒假研修,2026-02-01,10.5\n";
        assertThat(importing(rows).credited()).isEqualTo(2);
        assertThat(hours()).isEqualByComparingTo("18.5");

        CreditImport again = importing(rows);
        assertThat(again.applied()).isFalse();
        assertThat(again.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("development.credits.import.alreadyInLedger");
        assertThat(hours()).isEqualByComparingTo("18.5");
    }

    @Test
    void theSameRowTwiceInOneFileIsNeverCountedTwiceAndNothingOfTheFileIsImported() throws Exception {
        CreditImport outcome = importing(username + ",省教育厅培训中心,信息化教学设计,2026-04-02,6\n"
                + username + ",市电教馆,希沃白板应用,2026-04-03,3\n"
                + username + ",省教育厅培训中心,信息化教学设计,2026-04-02,6\n");
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.messageKey()).isEqualTo("development.credits.import.twiceInFile");
        });
        assertThat(hours()).isEqualByComparingTo("0");
    }

    @Test
    void rowsWithUnknownTeachersBadDatesOrHoursAreNamedByRow() throws Exception {
        CreditImport outcome = importing("nobody.here,机构,课程,2026-04-02,6\n"
                + username + ",机构,课程,明天,6\n"
                + username + ",机构,课程,2026-04-02,0\n"
                + identity.self(fixture.b().person(Role.TEACHER)).username() + ",机构,课程,2026-04-02,2\n");
        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "development.credits.import.date"),
                org.assertj.core.groups.Tuple.tuple(4L, "development.credits.import.hours"),
                org.assertj.core.groups.Tuple.tuple(2L, "development.credits.import.unknownTeacher"),
                org.assertj.core.groups.Tuple.tuple(5L, "development.credits.import.unknownTeacher"));
        assertThat(hours()).isEqualByComparingTo("0");
    }

    @Test
    void aClaimIsApprovedByTheTeachersSchoolAndNotByAnotherSchoolsAdmin() throws Exception {
        long claim = TrainingFixture.claim(claims, files, identity.scopeOf(teacher), new ClaimForm("县教师进修学校",
                "新课标解读", LocalDate.of(2026, 3, 20), new BigDecimal("4")), "证书.pdf", PDF);

        mvc.perform(post("/development/credits/claims/" + claim + "/approve").with(csrf())
                        .with(authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/development/credits/claims/" + claim + "/approve").with(csrf())
                        .with(authentication(fixture.as(teacher))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/development/credits/claims/" + claim + "/approve").with(csrf())
                        .with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
        assertThat(hours()).isEqualByComparingTo("0");

        mvc.perform(post("/development/credits/claims/" + claim + "/approve").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().is3xxRedirection());
        claims.approve(admin(fixture.a(), Role.SCHOOL_ADMIN), claim);
        assertThat(hours()).isEqualByComparingTo("4");
        mvc.perform(get("/development/credits/claims/" + claim + "/evidence")
                        .with(authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void evidenceOfADisallowedKindIsRefusedWithAMessage() throws Exception {
        mvc.perform(multipart("/development/credits/claims")
                        .file(new MockMultipartFile("evidence", "证明.pdf", "application/pdf",
                                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                        .param("provider", "机构").param("course", "课程").param("takenOn", "2026-03-01")
                        .param("hours", "2").with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("证明材料只能是 PDF、JPG 或 PNG 文件")));
        assertThat(jdbc.sql("SELECT count(*) FROM development.credit_claim WHERE teacher_account = ?")
                .param(teacher.value()).query(Long.class).single()).isZero();
    }

    @Test
    void theSchoolsPageNamesWhoIsBehindTheCycle() throws Exception {
        mvc.perform(get("/development/credits/behind").param("org", String.valueOf(fixture.a().school().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("学时测试老师")));
        mvc.perform(get("/development/credits/behind").param("org", String.valueOf(fixture.a().school().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("学时测试老师")));
        mvc.perform(get("/development/credits/behind").param("org", String.valueOf(fixture.a().school().id().value()))
                        .with(authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBureausCycleRequirementHoldsForItsSchools() throws Exception {
        mvc.perform(post("/development/credits/requirement").param("org", String.valueOf(fixture.a().district().id().value()))
                        .param("hours", "240").param("years", "3").param("firstYear", "2025").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().is3xxRedirection());
        try {
            var requirement = ledger.requirementFor(fixture.a().school().path());
            assertThat(requirement.hours()).isEqualByComparingTo("240");
            assertThat(requirement.cycleStart(2026)).isEqualTo(2025);
            assertThat(requirement.expectedBy(2026)).isEqualByComparingTo("160");
            assertThat(ledger.requirementFor(fixture.b().school().path()).platformDefault()).isTrue();
        } finally {
            jdbc.sql("DELETE FROM development.cycle_requirement WHERE owner_id = ?")
                    .param(fixture.a().district().id().value()).update();
        }
    }
}
