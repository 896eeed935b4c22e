package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class GuardianCorrectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    RosterManagement roster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolAdminCorrectsAGuardiansNamePhoneAndRelation() throws Exception {
        long student = fixture.a().studentId();
        Registered guardian = roster.registerGuardian(Scope.installation(), StudentId.of(student), "王家长", null,
                GuardianRelation.OTHER, null);
        mvc.perform(post("/roster/students/" + student + "/guardians/" + guardian.personId())
                        .param("name", "王建国").param("phone", "13912345678").param("relation", "FATHER")
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT g.name || '|' || g.phone || '|' || l.relation FROM roster.guardian g "
                        + "JOIN roster.guardianship l ON l.guardian_id = g.id WHERE g.id = ?")
                .param(guardian.personId()).query(String.class).single()).isEqualTo("王建国|13912345678|FATHER");
    }

    @Test
    void unlinkingEndsTheResponsibilityButKeepsTheGuardian() throws Exception {
        long student = fixture.a().studentId();
        Registered guardian = roster.registerGuardian(Scope.installation(), StudentId.of(student), "李家长", null,
                GuardianRelation.MOTHER, null);
        mvc.perform(post("/roster/students/" + student + "/guardians/" + guardian.personId() + "/unlink")
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM roster.guardianship WHERE guardian_id = ?")
                .param(guardian.personId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM roster.guardian WHERE id = ?")
                .param(guardian.personId()).query(Long.class).single()).isOne();
    }

    @Test
    void aTeacherCannotCorrectOrUnlinkGuardians() throws Exception {
        long student = fixture.a().studentId();
        mvc.perform(post("/roster/students/" + student + "/guardians/" + fixture.a().guardianId() + "/unlink")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM roster.guardianship WHERE guardian_id = ?")
                .param(fixture.a().guardianId()).query(Long.class).single()).isOne();
    }
}
