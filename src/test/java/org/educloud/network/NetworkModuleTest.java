package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.NotificationView;
import org.educloud.learning.Notifications;
import org.educloud.network.incidents.IncidentDetection;
import org.educloud.network.incidents.Recovery;
import org.educloud.network.probes.ProbeEnrolments;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.OrgStaff;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * Broadband to every school, through {@link ConnectivityRegistry}, {@link ConnectivityFigures} and
 * {@link LineHistory}, and the incident events the module publishes: a school declares its line (kept in versions),
 * the district reads bandwidth per student by locality, a probe that falls silent opens an outage that its school's
 * admins hear of and that ends when the line is heard again. The network module and the modules it builds on are in
 * the context, on an empty database: one district with an urban and a rural school; nothing runs on a timer (the
 * test runs the detection itself) and nothing reaches out to a real host (probes call the platform, not back).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class NetworkModuleTest {

    @Autowired
    ConnectivityRegistry registry;
    @Autowired
    ConnectivityFigures figures;
    @Autowired
    LineHistory history;
    @Autowired
    IncidentDetection detection;
    @Autowired
    Recovery recovery;
    @Autowired
    ProbeEnrolments probes;
    @Autowired
    Notifications notifications;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    JdbcClient jdbc;

    OrgTree city;
    Scope districtAdmin;
    SchoolInTerm town;
    SchoolInTerm village;

    @BeforeEach
    void aDistrictWithAnUrbanAndARuralSchool() {
        city = OrgTree.cityWithDistrict(tenancy, "云岭市" + UUID.randomUUID().toString().substring(0, 4));
        districtAdmin = OrgStaff.of(identity, city.district(), Role.DISTRICT_ADMIN);
        town = withStudents(SchoolInTerm.open(roster, identity, city.school(city.city().name() + "实验小学",
                Locality.URBAN)), 4);
        village = withStudents(SchoolInTerm.open(roster, identity, city.school(city.city().name() + "山村小学",
                Locality.RURAL)), 2);
    }

    @Test
    void a_schools_declaration_is_kept_in_versions_and_a_change_made_meanwhile_is_not_overwritten() {
        ConnectivityView first = registry.record(town.admin(), town.school().id(), fibre(100), ChangeSource.FORM, null);

        ConnectivityView second = registry.record(districtAdmin, town.school().id(), fibre(300), ChangeSource.FORM,
                first.version());

        assertThat(registry.current(town.admin(), town.school().id())).get().satisfies(current -> {
            assertThat(current.version()).isEqualTo(second.version());
            assertThat(current.contractedDownMbps()).isEqualTo(300);
            assertThat(current.validTo()).isNull();
        });
        assertThatThrownBy(() -> registry.record(town.admin(), town.school().id(), fibre(500), ChangeSource.FORM,
                first.version())).as("the admin still saw the first version").isInstanceOf(ConflictException.class);
        assertThat(registry.record(town.admin(), town.school().id(), fibre(300), ChangeSource.IMPORT, null).version())
                .as("an unchanged declaration opens no version").isEqualTo(second.version());
    }

    @Test
    void a_connected_school_names_its_provider_and_a_school_without_access_declares_no_bandwidth() {
        assertThatThrownBy(() -> registry.record(town.admin(), town.school().id(),
                new Declaration(AccessType.FIBRE).down(100).up(20).draft(), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("provider"));
        assertThatThrownBy(() -> registry.record(village.admin(), village.school().id(),
                new Declaration(AccessType.NONE).down(10).draft(), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("contractedDownMbps"));
        assertThat(registry.current(town.admin(), town.school().id())).as("nothing half-written").isEmpty();
    }

    @Test
    void the_district_reads_contracted_bandwidth_per_student_by_locality() {
        registry.record(town.admin(), town.school().id(), fibre(100), ChangeSource.FORM, null);
        registry.record(village.admin(), village.school().id(), new Declaration(AccessType.NONE).draft(),
                ChangeSource.FORM, null);

        List<LocalityBandwidth> byLocality = figures.bandwidthByLocality(
                OrgStaff.of(identity, city.district(), Role.OPERATIONS_STAFF), city.district().id());

        assertThat(byLocality).extracting(LocalityBandwidth::locality)
                .containsExactly(Locality.URBAN, Locality.TOWN, Locality.RURAL);
        assertThat(byLocality.getFirst()).satisfies(urban -> {
            assertThat(urban.students()).isEqualTo(4);
            assertThat(urban.mbpsPerStudent()).isEqualTo(25.0);
            assertThat(urban.connectedShare()).isEqualTo(1.0);
        });
        assertThat(byLocality.getLast()).satisfies(rural -> {
            assertThat(rural.declaredSchools()).isOne();
            assertThat(rural.connectedSchools()).isZero();
            assertThat(rural.mbpsPerStudent()).isEqualTo(0.0);
        });
    }

    @Test
    void another_district_sees_neither_a_schools_line_nor_the_districts_figures() {
        registry.record(town.admin(), town.school().id(), fibre(100), ChangeSource.FORM, null);
        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "远山市" + UUID.randomUUID().toString().substring(0, 4));
        Scope otherDistrict = OrgStaff.of(identity, elsewhere.district(), Role.DISTRICT_ADMIN);

        assertThatThrownBy(() -> registry.current(otherDistrict, town.school().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.record(otherDistrict, town.school().id(), fibre(1), ChangeSource.FORM, 1L))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.record(village.admin(), town.school().id(), fibre(1), ChangeSource.FORM, 1L))
                .as("nor does the school next door").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> figures.bandwidthByLocality(otherDistrict, city.district().id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(registry.current(town.admin(), town.school().id())).get()
                .extracting(ConnectivityView::contractedDownMbps).isEqualTo(100);
    }

    @Test
    void a_probe_that_falls_silent_opens_an_outage_its_school_hears_of_until_the_line_is_heard_again(
            Scenario scenario) {
        OrgId school = town.school().id();
        long probe = probes.enrol(town.admin(), school);
        Instant lastContact = Instant.now().minusSeconds(100).truncatedTo(ChronoUnit.MILLIS);
        lastHeard(probe, lastContact); // three 30-second heartbeats missed

        scenario.stimulate(() -> detection.detect())
                .andWaitForEventOfType(NetworkIncidentOpened.class)
                .matching(opened -> opened.school().equals(school))
                .toArriveAndVerify(opened -> {
                    assertThat(opened.kind()).isEqualTo(IncidentKind.OUTAGE);
                    assertThat(opened.schoolName()).isEqualTo(town.school().name());
                    assertThat(opened.since()).as("dated from the last contact").isEqualTo(lastContact);
                });
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> notices(town.admin()), n -> !n.isEmpty()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(NotificationKind.SCHOOL_NETWORK);
                    assertThat(notice.subject()).contains(town.school().name());
                });
        assertThat(notices(village.admin())).as("the school next door is not told").isEmpty();

        scenario.stimulate(() -> recovery.lineHeard(school, Instant.now()))
                .andWaitForEventOfType(NetworkIncidentClosed.class)
                .matching(closed -> closed.school().equals(school))
                .toArriveAndVerify(closed -> {
                    assertThat(closed.kind()).isEqualTo(IncidentKind.OUTAGE);
                    assertThat(closed.since()).isEqualTo(lastContact);
                    assertThat(closed.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(100));
                });
    }

    @Test
    void a_line_heard_again_in_time_opens_no_outage(AssertablePublishedEvents events) {
        OrgId school = village.school().id();
        long probe = probes.enrol(village.admin(), school);
        lastHeard(probe, Instant.now().minusSeconds(20));

        detection.detect();

        assertThat(events.ofType(NetworkIncidentOpened.class).matching(opened -> opened.school().equals(school)))
                .isEmpty();
    }

    @Test
    void history_from_a_former_monitoring_system_is_loaded_without_news_and_its_open_outage_ends_when_the_line_is_heard(
            Scenario scenario, AssertablePublishedEvents events) {
        OrgId school = village.school().id();
        Instant down = Instant.parse("2026-11-02T06:00:00Z");

        history.load(school, village.school().path(), village.school().name(),
                List.of(hour("2026-11-02T01:00:00Z", 40.0), hour("2026-11-02T02:00:00Z", 60.0)),
                List.of(new PastIncident(IncidentKind.OUTAGE, down, null, null, null)));

        assertThat(events.ofType(NetworkIncidentOpened.class).matching(opened -> opened.school().equals(school)))
                .as("history is not news").isEmpty();
        assertThat(jdbc.sql("SELECT heartbeats, download_mbps FROM network.line_daily WHERE school_id = ?")
                .param(school.value()).query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2))).single())
                .as("the day rolled up from its hours, the means weighted by measurements").containsExactly(240.0, 50.0);
        scenario.stimulate(() -> recovery.lineHeard(school, Instant.now()))
                .andWaitForEventOfType(NetworkIncidentClosed.class)
                .matching(closed -> closed.school().equals(school))
                .toArriveAndVerify(closed -> assertThat(closed.since()).isEqualTo(down));
    }

    private SchoolInTerm withStudents(SchoolInTerm school, int students) {
        Person teacher = school.teacher("赵老师");
        school.homeroom(3, "三年级(1)班", teacher,
                IntStream.range(0, students).mapToObj(i -> school.student("学生" + i)).toList());
        return school;
    }

    private void lastHeard(long probe, Instant at) {
        jdbc.sql("UPDATE network.probe SET last_received_at = ?, heartbeat_seconds = 30 WHERE id = ?")
                .params(Timestamp.from(at), probe).update();
    }

    private List<NotificationView> notices(Scope scope) {
        return notifications.list(scope, 0, 20).items();
    }

    private static LineReading hour(String at, double downloadMbps) {
        return new LineReading(Instant.parse(at), 120, 12, 15.0, downloadMbps, 20.0, 3.0, 0.0);
    }

    private static ConnectivityDraft fibre(int downMbps) {
        return new Declaration(AccessType.FIBRE).provider("中国电信").down(downMbps).up(Math.max(1, downMbps / 5))
                .draft();
    }

    /** A connectivity declaration as a school fills in its form; what is not said is left empty. */
    private static final class Declaration {

        private final AccessType access;
        private @Nullable String provider;
        private @Nullable Integer down;
        private @Nullable Integer up;

        Declaration(AccessType access) {
            this.access = access;
        }

        Declaration provider(String name) {
            provider = name;
            return this;
        }

        Declaration down(int mbps) {
            down = mbps;
            return this;
        }

        Declaration up(int mbps) {
            up = mbps;
            return this;
        }

        ConnectivityDraft draft() {
            return new ConnectivityDraft(access, provider, down, up, true, access.connected(), 24,
                    access.connected() ? 12 : 0, 60);
        }
    }
}
