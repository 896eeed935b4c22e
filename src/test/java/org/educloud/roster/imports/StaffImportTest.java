package org.educloud.roster.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterImports;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffView;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EduCloudTest
class StaffImportTest {

    private static final String HEADER = String.join(",", StaffColumns.headers());

    @Autowired
    RosterImports imports;

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
        Path file = Files.createTempFile("staff", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            return imports.importStaff(admin(), fixture.b().school().id(), file, "staff.csv");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void staffWithStatisticalReportValuesAreImportedWithTheFieldsTheIndicatorsNeed() throws IOException {
        ImportRunView run = run(HEADER,
                "B-101,赵体育,男,13712345601,体育,本科,一级教师,县级,是,体育",
                "B-102,钱音乐,女,,音乐,大专,二级教师,否,是,音乐",
                "B-103,孙校工,男,,,高中及以下,未定级,,否,");
        assertThat(run.problems()).isEmpty();
        assertThat(run.created()).isEqualTo(3);
        StaffView pe = directory.staff(admin(), "赵体育", null, 0, 5).items().getFirst();
        assertThat(pe.specialist()).isEqualTo(Specialist.PE);
        assertThat(pe.backboneLevel().countyOrAbove()).isTrue();
        assertThat(pe.phone()).isEqualTo("137****5601");
        assertThat(directory.staff(admin(), "孙校工", null, 0, 5).items().getFirst().fullTimeTeacher()).isFalse();
        assertThat(run(HEADER, "B-101,赵体育,男,13712345601,体育,硕士,一级教师,县级,是,体育").updated()).isEqualTo(1);
    }

    @Test
    void unknownValuesDuplicatesAndPhonesOfOtherAccountsAreRefusedTogether() throws IOException {
        ImportRunView run = run(HEADER,
                "B-201,李错误,男,,语文,大学,特级,县级,是,",
                "B-203,李一,男,,语文,本科,一级教师,县级,是,",
                "B-203,李重复,男,,语文,本科,一级教师,县级,是,",
                "B-202,周冒号,女,13900000003,语文,本科,一级教师,,是,");
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains("roster.import.error.choice",
                "roster.import.error.duplicateInFile", "roster.import.error.phoneInUse");
        assertThat(directory.staff(admin(), "B-20", null, 0, 5).total()).isZero();
    }

    @Test
    void staffNumbersDifferingOnlyInCaseAreTheSamePerson() throws IOException {
        ImportRunView run = run(HEADER, "c-301,大小写一,男,,语文,本科,一级教师,,是,", "C-301,大小写二,男,,语文,本科,一级教师,,是,");
        assertThat(run.problems()).extracting(ImportProblem::messageKey).containsExactly("roster.import.error.duplicateInFile");
    }
}
