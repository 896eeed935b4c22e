package org.educloud.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.links.Placements;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolDesk;
import org.educloud.integration.webhooks.EventKind;
import org.educloud.integration.webhooks.WebhookDesk;
import org.educloud.integration.webhooks.WebhookView;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentPublished;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgStaff;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Plugging other applications into the platform. Webhooks: the integration module listens to other modules' facts
 * (an assignment published, an audited survey confirmation) and queues one signed delivery for each active
 * subscription of the fact's node or a bureau above it that chose that kind, and nothing for anyone else. LTI: a tool
 * registered on a bureau can be placed by the teachers of the schools below it. Integration and the modules it builds
 * on are in the context, on an empty database: one district with two schools. The deliverer's timer is off and the
 * endpoints are addresses nothing here posts to, so no real host is called.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class IntegrationModuleTest {

    private static final AtomicLong FACTS = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    WebhookDesk webhooks;
    @Autowired
    ToolDesk tools;
    @Autowired
    Placements placements;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;

    OrgTree city;
    Scope districtAdmin;
    SchoolInTerm east;
    SchoolInTerm west;

    @BeforeEach
    void aDistrictWithTwoSchools() {
        city = OrgTree.cityWithDistrict(tenancy, "临江市" + UUID.randomUUID().toString().substring(0, 4));
        districtAdmin = OrgStaff.of(identity, city.district(), Role.DISTRICT_ADMIN);
        east = SchoolInTerm.open(roster, identity, city.school(city.city().name() + "东城小学"));
        west = SchoolInTerm.open(roster, identity, city.school(city.city().name() + "西城小学"));
    }

    @Test
    void an_assignment_published_at_a_school_is_queued_for_the_subscriptions_of_that_school_and_its_district_only(
            Scenario scenario) {
        long eastHook = webhooks.subscribe(east.admin(), east.school().id(), EventKind.ASSIGNMENT_PUBLISHED);
        long districtHook = webhooks.subscribe(districtAdmin, city.district().id(), EventKind.ASSIGNMENT_PUBLISHED);
        long westHook = webhooks.subscribe(west.admin(), west.school().id(), EventKind.ASSIGNMENT_PUBLISHED);
        long gradesOnly = webhooks.subscribe(east.admin(), east.school().id(), EventKind.GRADE_RELEASED);

        scenario.publish(assignmentPublishedAt(east.school()))
                .andWaitForStateChange(() -> webhooks.pending(east.admin(), eastHook), pending -> pending > 0)
                .andVerify(pending -> {
                    assertThat(pending).isOne();
                    assertThat(webhooks.pending(districtAdmin, districtHook)).as("the bureau above").isOne();
                    assertThat(webhooks.pending(west.admin(), westHook)).as("the school next door").isZero();
                    assertThat(webhooks.pending(east.admin(), gradesOnly)).as("another kind").isZero();
                });
    }

    @Test
    void an_audited_survey_confirmation_reaches_the_active_subscriptions_that_chose_it(Scenario scenario) {
        long surveys = webhooks.subscribe(districtAdmin, city.district().id(), EventKind.SURVEY_CONFIRMED);
        long switchedOff = webhooks.subscribe(districtAdmin, city.district().id(), EventKind.SURVEY_CONFIRMED);
        webhooks.switchOff(districtAdmin, switchedOff);
        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "远江市" + UUID.randomUUID().toString().substring(0, 4));
        Scope elsewhereAdmin = OrgStaff.of(identity, elsewhere.city(), Role.REGION_ADMIN);
        long otherCity = webhooks.subscribe(elsewhereAdmin, elsewhere.city().id(), EventKind.SURVEY_CONFIRMED);

        scenario.publish(new AuditableActionOccurred(east.admin().userId(), "equity.survey.confirmed",
                        east.school().name(), east.school().path(), "2026-2027"))
                .andWaitForStateChange(() -> webhooks.pending(districtAdmin, surveys), pending -> pending > 0)
                .andVerify(pending -> {
                    assertThat(pending).isOne();
                    assertThat(webhooks.pending(districtAdmin, switchedOff)).as("switched off").isZero();
                    assertThat(webhooks.pending(elsewhereAdmin, otherCity)).as("another city").isZero();
                });
    }

    @Test
    void a_schools_subscriptions_are_its_own_and_its_bureaus_and_nobody_elses() {
        long eastHook = webhooks.subscribe(east.admin(), east.school().id(), EventKind.ROSTER_CHANGED);

        assertThat(webhooks.visibleTo(districtAdmin)).extracting(WebhookView::id).contains(eastHook);
        assertThat(webhooks.visibleTo(west.admin())).extracting(WebhookView::id).doesNotContain(eastHook);
        assertThatThrownBy(() -> webhooks.pending(west.admin(), eastHook)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.subscribe(west.admin(), east.school().id(), EventKind.ROSTER_CHANGED))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> webhooks.subscribe(east.admin(), east.school().id(), EventKind.PING))
                .as("a test ping is sent on request, never subscribed to").isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_tool_registered_by_the_district_is_placed_by_teachers_of_its_schools_and_of_no_other_district() {
        LtiTool lab = tools.register(districtAdmin, city.district().id(), "数字实验室", "https://93.184.216.34/lab");
        Person eastTeacher = teacherOfAClass(east);
        SchoolInTerm faraway = SchoolInTerm.open(roster, identity, OrgTree.cityWithDistrict(tenancy,
                "远江市" + UUID.randomUUID().toString().substring(0, 4)).school("远江市小学" + FACTS.incrementAndGet()));
        Person farawayTeacher = teacherOfAClass(faraway);

        assertThat(lab.clientId()).as("the platform issues the client id").isNotBlank();
        assertThat(placements.placeableBy(eastTeacher.scope())).extracting(LtiTool::id).containsExactly(lab.id());
        assertThat(placements.placeableBy(farawayTeacher.scope())).extracting(LtiTool::id).doesNotContain(lab.id());
        assertThat(tools.visibleTo(faraway.admin())).extracting(LtiTool::id).doesNotContain(lab.id());
    }

    @Test
    void only_admins_of_a_node_register_tools_there_and_only_at_https_addresses() {
        assertThatThrownBy(() -> tools.register(east.admin(), city.district().id(), "越权工具",
                "https://93.184.216.34/x")).as("a school's admin on the district").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> tools.register(west.admin(), east.school().id(), "邻校工具",
                "https://93.184.216.34/y")).as("on the school next door").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tools.register(east.admin(), east.school().id(), "明文工具",
                "http://93.184.216.34/z")).isInstanceOf(RuleViolationException.class);
        assertThat(tools.visibleTo(districtAdmin)).isEmpty();
    }

    private Person teacherOfAClass(SchoolInTerm school) {
        Person teacher = school.teacher("周老师");
        school.homeroom(4, "四年级(" + FACTS.incrementAndGet() % 10 + ")班", teacher, List.of());
        return teacher;
    }

    private static AssignmentPublished assignmentPublishedAt(OrgNodeView school) {
        long fact = FACTS.incrementAndGet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new AssignmentPublished(AssignmentId.of(fact), ClassId.of(fact), school.id(), "口算练习", 0,
                now.plus(2, ChronoUnit.DAYS), now);
    }
}
