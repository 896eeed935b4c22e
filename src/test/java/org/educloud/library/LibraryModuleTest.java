package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.aResource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * A teacher's resource from upload through review to publication, through {@link ResourceLibrary}: the school
 * reviews what is shared with the school, the district bureau as well what is shared beyond it, and only published
 * resources are seen by others. The library and the modules it builds on are in the context, on an empty database.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class LibraryModuleTest {

    @Autowired
    ResourceLibrary library;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;

    OrgTree city;
    SchoolInTerm school;
    Person author;
    Person colleague;

    @BeforeEach
    void aSchoolWithTwoTeachers() {
        city = OrgTree.cityWithDistrict(tenancy, "杭州市");
        school = SchoolInTerm.open(roster, identity, city.school("杭州市城区实验小学"));
        author = school.teacher("王芳");
        colleague = school.teacher("李明");
    }

    @Test
    void a_resource_shared_with_the_school_is_published_by_the_schools_review(Scenario scenario) throws IOException {
        ResourceId id = upload(Sharing.SCHOOL);
        library.submit(author.scope(), id);

        scenario.stimulate(() -> library.approve(school.admin(), id, "可以"))
                .andWaitForEventOfType(AuditableActionOccurred.class)
                .matching(audit -> audit.action().equals("library.resource.published"))
                .toArriveAndVerify(audit -> assertThat(audit.orgPath()).isEqualTo(school.school().path()));

        ResourceDetail seen = library.view(colleague.scope(), id);
        assertThat(seen.summary().status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(seen.files()).hasSize(1);
        assertThat(library.list(colleague.scope(), ResourceFilter.all(), 0, 20).items())
                .extracting(ResourceView::id).contains(id);
    }

    @Test
    void a_resource_shared_with_the_district_waits_for_the_bureau_after_the_school() throws IOException {
        Scope districtAdmin = identity.scopeOf(identity.create(Scope.installation(), new NewAccount(
                "district" + city.district().id().value(), "区教育局管理员", null, null, Role.DISTRICT_ADMIN,
                city.district().id().value(), SchoolInTerm.PASSWORD), false).account().id());
        ResourceId id = upload(Sharing.DISTRICT);
        library.submit(author.scope(), id);

        library.approve(school.admin(), id, null);
        assertThat(library.view(author.scope(), id).summary().status()).isEqualTo(ReviewStatus.SCHOOL_APPROVED);
        assertThat(library.reviewQueue(districtAdmin, 0, 20).items()).extracting(ResourceView::id).containsExactly(id);

        library.approve(districtAdmin, id, null);
        assertThat(library.view(author.scope(), id).summary().status()).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void what_is_not_published_is_the_authors_alone() throws IOException {
        ResourceId id = upload(Sharing.SCHOOL);

        assertThatThrownBy(() -> library.view(colleague.scope(), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.view(null, id)).as("a visitor of the public portal")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_rejected_resource_goes_back_to_its_author_to_change() throws IOException {
        ResourceId id = upload(Sharing.SCHOOL);
        library.submit(author.scope(), id);

        library.reject(school.admin(), id, "请补充教学目标");

        ResourceDetail detail = library.view(author.scope(), id);
        assertThat(detail.summary().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(detail.summary().status().editable()).isTrue();
    }

    @Test
    void a_private_resource_is_never_reviewed() throws IOException {
        ResourceId id = upload(Sharing.PRIVATE);

        assertThatThrownBy(() -> library.submit(author.scope(), id)).isInstanceOf(RuleViolationException.class);
    }

    private ResourceId upload(Sharing sharing) throws IOException {
        ResourceDraft draft = aResource().titled("分数的初步认识 图示").described("<p>一张饼平均分成四份</p>")
                .ofType(ResourceType.IMAGE).tagged("分数").sharedWith(sharing).build();
        return library.create(author.scope(), draft, new ByteArrayInputStream(png()), "分数.png");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF8800);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
