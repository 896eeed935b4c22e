package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EduCloudTest
class GuardianImportTest {

    private static final String HEADER = "学生全国学籍号,监护人姓名,关系,手机号";

    @Autowired
    RosterImports imports;

    @Autowired
    RosterManagement management;

    @Autowired
    RosterDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture fixture;

    private Scope admin() {
        return identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
    }

    private ImportRunView run(String... lines) throws IOException {
        Path file = Files.createTempFile("guardians", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            return imports.importGuardians(admin(), fixture.b().school().id(), file, "guardians.csv");
        } finally {
            Files.delete(file);
        }
    }

    private String student(String first17, String name) {
        String id = first17 + IdNumber.checkCharacter(first17);
        management.registerStudent(admin(), fixture.b().school().id(), new StudentDraft(name, Gender.FEMALE,
                IdNumber.birthDate(id).orElseThrow(), null, "G" + id, id, null, null, null, null, null), null);
        return "G" + id;
    }

    @Test
    void siblingsShareOneGuardianAndTheirParentSeesBoth() throws IOException {
        String elder = student("36012120170404881", "姐姐");
        String younger = student("36012120190404882", "妹妹");
        ImportRunView run = run(HEADER, elder + ",王妈妈,母亲,13512340001", younger + ",王妈妈,母亲,13512340001",
                elder + ",王爷爷,祖父母,");
        assertThat(run.problems()).isEmpty();
        assertThat(run.created()).isEqualTo(2);
        assertThat(run(HEADER, younger + ",王妈妈,母亲,13512340001").created()).isZero();
        var mother = identity.search(Scope.installation(), "王妈妈", null, null, 0, 5).items().getFirst();
        assertThat(directory.myChildren(identity.scopeOf(mother.id()))).extracting(StudentView::name)
                .containsExactlyInAnyOrder("姐姐", "妹妹");
    }

    @Test
    void unknownStudentsRelationsAndPhonesAreReported() throws IOException {
        ImportRunView run = run(HEADER, "G000000000000000000,某家长,父亲,", "G360121201803010027,另一家长,舅舅,12345");
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains("roster.import.error.unknownStudent",
                "roster.import.error.choice", "roster.validation.phone.format");
    }
}
