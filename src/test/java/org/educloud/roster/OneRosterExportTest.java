package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class OneRosterExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Test
    void aDistrictExportsItsRosterAsAOneRoster12BulkSetWithTheBindingsExactHeaders() throws Exception {
        byte[] zip = mvc.perform(get("/roster/imports/oneroster.zip").param("org", fixture.a().district().id().toString())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKeys("manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv",
                "users.csv", "roles.csv", "enrollments.csv", "demographics.csv");
        assertThat(files.get("manifest.csv")).contains("oneroster.version,1.2").contains("file.users,bulk")
                .contains("file.results,absent");
        assertThat(firstLine(files.get("users.csv"))).isEqualTo("sourcedId,status,dateLastModified,enabledUser,username,"
                + "userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,"
                + "userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,"
                + "primaryOrgSourcedId,pronouns,metadata.educloud.qualification,metadata.educloud.title,"
                + "metadata.educloud.fullTimeTeacher,metadata.educloud.backboneLevel,metadata.educloud.specialist");
        assertThat(firstLine(files.get("enrollments.csv"))).isEqualTo("sourcedId,status,dateLastModified,classSourcedId,"
                + "schoolSourcedId,userSourcedId,role,primary,beginDate,endDate");
        assertThat(files.get("users.csv")).contains("user-s-" + fixture.a().studentId())
                .doesNotContain("user-s-" + fixture.b().studentId());
        assertThat(files.get("orgs.csv")).contains("甲区第一小学,school").doesNotContain("乙县");
        assertThat(files.get("academicSessions.csv")).contains("schoolYear").contains(",term,2026-09-01,2027-01-23,");
        assertThat(files.get("enrollments.csv")).contains("class-" + fixture.a().classId());
        assertThat(files.get("classes.csv")).contains("homeroom");
    }

    @Test
    void aTeacherCannotExport() throws Exception {
        mvc.perform(get("/roster/imports/oneroster.zip").param("org", fixture.a().school().id().toString())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String firstLine(String csv) {
        return csv.substring(0, csv.indexOf("\r\n"));
    }
}
