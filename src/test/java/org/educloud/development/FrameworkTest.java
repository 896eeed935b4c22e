package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.educloud.development.frameworks.ElementKind;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.development.frameworks.FrameworkForm;
import org.educloud.development.frameworks.FrameworkImport;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.development.frameworks.ImportingFrameworks;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Frameworks are data: the national standard ships whole, a bureau's own comes in whole or not at all. */
@EduCloudTest
class FrameworkTest {

    private static final String HEADER = "类型,编号,名称,英文名称,说明,平台证据";

    @Autowired
    Frameworks frameworks;
    @Autowired
    ImportingFrameworks importing;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MockMvc mvc;

    private Scope as(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @Test
    void theNationalStandardShipsWithFiveDimensionsThirteenSubDimensionsAndThirtyThreeIndicators() {
        FrameworkTree tree = frameworks.tree(as(Role.TEACHER), frameworks.national());
        assertThat(tree.dimensions()).hasSize(5);
        assertThat(tree.subDimensions()).hasSize(13);
        assertThat(tree.indicators()).hasSize(33);
        assertThat(tree.levels()).extracting(FrameworkTree.Level::rank).containsExactly(1, 2, 3, 4);
        assertThat(tree.dimensions().getFirst().name()).isEqualTo("数字化意识");
        // the evidence mapping is data too: making resources speaks to 3.1.2
        assertThat(tree.indicators().filter(i -> i.code().equals("3.1.2")).findFirst().orElseThrow().evidence())
                .contains(EvidenceKind.RESOURCES_CONTRIBUTED, EvidenceKind.RESOURCES_REVIEWED);
    }

    @Test
    void aDistrictImportsItsOwnFrameworkWhichItsSchoolsSeeAndTheOtherDistrictDoesNot() throws IOException {
        String version = UUID.randomUUID().toString().substring(0, 8);
        FrameworkImport outcome = importing.importFramework(as(Role.DISTRICT_ADMIN), fixture.a().district().id(),
                new FrameworkForm("甲区数字素养", version, "甲区教师数字素养", ""), csv(HEADER,
                        "等级,1,合格,,,", "等级,2,良好,,,", "等级,3,优秀,,,",
                        "维度,A,课堂应用,Classroom use,,", "二级维度,A.1,资源,,,",
                        "指标,A.1.1,用好平台资源,Uses platform resources,,CLASS_PUSHES、RESOURCES_CONTRIBUTED"));
        assertThat(outcome.problems()).isEmpty();
        FrameworkTree tree = frameworks.tree(as(Role.TEACHER), outcome.frameworkId());
        assertThat(tree.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ElementKind.INDICATOR);
            assertThat(i.evidence()).containsExactlyInAnyOrder(EvidenceKind.CLASS_PUSHES,
                    EvidenceKind.RESOURCES_CONTRIBUTED);
        });
        assertThat(tree.levels()).hasSize(3);
        Scope otherTeacher = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThatThrownBy(() -> frameworks.tree(otherTeacher, outcome.frameworkId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(frameworks.visible(otherTeacher)).noneMatch(f -> f.id() == outcome.frameworkId());
    }

    @Test
    void aFileWithProblemsImportsNothingAndNamesEachRow() throws IOException {
        FrameworkImport outcome = importing.importFramework(as(Role.DISTRICT_ADMIN), fixture.a().district().id(),
                new FrameworkForm("甲区坏文件", "1", "坏文件", ""), csv(HEADER,
                        "等级,1,合格,,,", "等级,3,优秀,,,",
                        "维度,A,课堂应用,,,", "章节,B,不是类型,,,",
                        "指标,A.9.1,没有上级,,,", "二级维度,A.1,资源,,,",
                        "指标,A.1.1,指标,,,NO_SUCH_EVIDENCE"));
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(5L, "development.import.unknownKind"),
                org.assertj.core.groups.Tuple.tuple(6L, "development.import.noParent"),
                org.assertj.core.groups.Tuple.tuple(8L, "development.import.unknownEvidence"),
                org.assertj.core.groups.Tuple.tuple(0L, "development.import.levels"));
        assertThat(frameworks.visible(as(Role.DISTRICT_ADMIN))).noneMatch(f -> f.code().equals("甲区坏文件"));
    }

    @Test
    void theSameCodeAndVersionIsNotTakenTwice() throws IOException {
        FrameworkImport outcome = importing.importFramework(as(Role.DISTRICT_ADMIN), fixture.a().district().id(),
                new FrameworkForm(Frameworks.NATIONAL_CODE, Frameworks.NATIONAL_VERSION, "冒名", ""),
                csv(HEADER, "等级,1,合格,,,"));
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey).containsExactly("development.import.taken");
    }

    @Test
    void aSchoolAdminCannotImportForTheDistrict() {
        assertThatThrownBy(() -> importing.bureau(as(Role.SCHOOL_ADMIN), fixture.a().district().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theUploadPageNamesRowProblemsInTheReadersLanguage() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "f.csv", "text/csv",
                (HEADER + "\n等级,1,合格,,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/development/frameworks/import").file(file)
                        .param("org", String.valueOf(fixture.a().district().id().value()))
                        .param("code", "甲区页面").param("version", "1").param("name", "页面导入")
                        .with(csrf()).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("文件中没有任何指标")));
    }

    @Test
    void theFrameworkPageListsEveryIndicator() throws Exception {
        mvc.perform(get("/development/frameworks/" + frameworks.national())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("5.2.2")))
                .andExpect(content().string(Matchers.containsString("数字社会责任")));
    }

    private static Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile("framework", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
