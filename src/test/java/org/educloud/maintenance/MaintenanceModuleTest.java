package org.educloud.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.identity.IdentityManagement;
import org.educloud.maintenance.knowledge.ArticleView;
import org.educloud.maintenance.knowledge.Articles;
import org.educloud.maintenance.tickets.TicketKind;
import org.educloud.maintenance.tickets.TicketPriority;
import org.educloud.maintenance.tickets.TicketRow;
import org.educloud.maintenance.tickets.TicketStatus;
import org.educloud.maintenance.tickets.Tickets;
import org.educloud.network.IncidentKind;
import org.educloud.network.NetworkIncidentClosed;
import org.educloud.network.NetworkIncidentOpened;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgStaff;
import org.educloud.support.OrgTree;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Collaborative operation and maintenance, through {@link EquipmentRegister}, {@link EquipmentDirectory},
 * {@link KnowledgeBase} and the module's reaction to the network module's incident events: schools keep their
 * equipment, counted by kind for the school-condition survey; district operations file fixes that their schools find;
 * a school's line going down opens a fault ticket with district operations by itself, once, and its recovery is noted
 * on it. Maintenance and the modules it builds on are in the context, on an empty database: one district with a
 * school; the SLA timers do not run.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class MaintenanceModuleTest {

    private static final AtomicLong INCIDENTS = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    EquipmentRegister register;
    @Autowired
    EquipmentDirectory directory;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    Articles articles;
    @Autowired
    Tickets tickets;
    @Autowired
    CompletedEventPublications completed;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;

    OrgTree city;
    OrgNodeView school;
    Scope schoolAdmin;
    Scope operations;

    @BeforeEach
    void aDistrictWithItsOperationsStaffAndASchool() {
        city = OrgTree.cityWithDistrict(tenancy, "青川市" + UUID.randomUUID().toString().substring(0, 4));
        school = city.school(city.city().name() + "第一小学");
        schoolAdmin = OrgStaff.of(identity, school, Role.SCHOOL_ADMIN);
        operations = OrgStaff.of(identity, city.district(), Role.OPERATIONS_STAFF);
    }

    @Test
    void a_schools_equipment_in_use_is_counted_by_kind_and_by_multimedia_room() {
        register.record(schoolAdmin, school.id(), device(EquipmentKind.INTERACTIVE_DISPLAY).in("三年级(1)班").build());
        register.record(schoolAdmin, school.id(), device(EquipmentKind.PROJECTOR).in("三年级(1)班").build());
        register.record(schoolAdmin, school.id(), device(EquipmentKind.PROJECTOR).in("科学教室").build());
        register.record(operations, school.id(), device(EquipmentKind.COMPUTER).in("机房").build());

        InventoryCounts counts = directory.countsOf(school.id());

        assertThat(counts.inUse(EquipmentKind.PROJECTOR)).isEqualTo(2);
        assertThat(counts.computersInUse()).isOne();
        assertThat(counts.multimediaRooms()).as("rooms with a display or a projector, each once").isEqualTo(2);
        assertThat(directory.countsUnder(city.district().path())).containsOnlyKeys(school.id());
    }

    @Test
    void a_device_away_for_repair_is_not_in_use_and_a_retired_one_never_comes_back() {
        long projector = register.record(schoolAdmin, school.id(), device(EquipmentKind.PROJECTOR).build());

        register.changeStatus(schoolAdmin, projector, EquipmentStatus.IN_REPAIR, "灯泡损坏");
        assertThat(directory.countsOf(school.id())).satisfies(counts -> {
            assertThat(counts.inUse(EquipmentKind.PROJECTOR)).isZero();
            assertThat(counts.inRepair()).isOne();
        });

        register.changeStatus(schoolAdmin, projector, EquipmentStatus.RETIRED, "报废");
        assertThatThrownBy(() -> register.changeStatus(schoolAdmin, projector, EquipmentStatus.IN_USE, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(directory.countsOf(school.id()).retired()).isOne();
        assertThat(directory.find(schoolAdmin, projector)).get().extracting(EquipmentSummary::status)
                .isEqualTo(EquipmentStatus.RETIRED);
    }

    @Test
    void a_serial_number_is_recorded_once_in_a_school() {
        register.record(schoolAdmin, school.id(), device(EquipmentKind.COMPUTER).serial("SN-0001").build());

        assertThatThrownBy(() -> register.record(schoolAdmin, school.id(),
                device(EquipmentKind.TERMINAL).serial("SN-0001").build()))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        taken -> assertThat(taken.field()).isEqualTo("serial"));
        assertThat(directory.countsOf(school.id()).allInUse()).isOne();
    }

    @Test
    void another_districts_staff_neither_find_nor_record_a_schools_equipment() {
        long display = register.record(schoolAdmin, school.id(), device(EquipmentKind.INTERACTIVE_DISPLAY).build());
        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "远川市" + UUID.randomUUID().toString().substring(0, 4));
        Scope otherOperations = OrgStaff.of(identity, elsewhere.district(), Role.OPERATIONS_STAFF);
        Scope otherSchool = OrgStaff.of(identity, elsewhere.school(elsewhere.city().name() + "小学"), Role.SCHOOL_ADMIN);

        assertThat(directory.find(OrgStaff.of(identity, school, Role.TEACHER), display)).as("its own teachers")
                .isPresent();
        assertThat(directory.find(otherOperations, display)).isEmpty();
        assertThat(directory.find(otherSchool, display)).isEmpty();
        assertThatThrownBy(() -> register.record(otherOperations, school.id(), device(EquipmentKind.SERVER).build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(directory.countsOf(school.id()).allInUse()).isOne();
    }

    @Test
    void a_fix_filed_by_district_operations_is_found_by_its_schools_and_not_by_another_district() {
        long id = knowledge.publish(operations, city.district().id(), new NewArticle(ArticleKind.DEVICE,
                "投影仪开机后黑屏", "投影仪指示灯亮但画面全黑",
                "<p>检查信号线，切换信号源。</p><script>alert(1)</script>", List.of("投影仪", "黑屏")));
        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "远川市" + UUID.randomUUID().toString().substring(0, 4));

        assertThat(articles.search(OrgStaff.of(identity, school, Role.TEACHER), "投影仪", null, 0, 20).items())
                .singleElement().satisfies(found -> {
                    assertThat(found.id()).isEqualTo(id);
                    assertThat(found.fixHtml()).as("the fix's HTML is sanitised").contains("切换信号源")
                            .doesNotContain("script");
                });
        assertThat(articles.search(OrgStaff.of(identity, elsewhere.district(), Role.OPERATIONS_STAFF), "投影仪",
                null, 0, 20).items()).extracting(ArticleView::id).doesNotContain(id);
        assertThatThrownBy(() -> knowledge.publish(schoolAdmin, city.district().id(), new NewArticle(
                ArticleKind.NETWORK, "路由器重启", "断网", "<p>重启</p>", List.of())))
                .as("a school's admins do not file fixes").isInstanceOf(RuntimeException.class);
    }

    @Test
    void an_outage_of_a_schools_line_opens_one_urgent_ticket_with_district_operations(Scenario scenario) {
        NetworkIncidentOpened outage = outageAt(school);

        scenario.publish(outage)
                .andWaitForStateChange(() -> ticketsOf(operations, outage.incidentId()), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement().satisfies(ticket -> {
                    assertThat(ticket.kind()).isEqualTo(TicketKind.NETWORK);
                    assertThat(ticket.priority()).isEqualTo(TicketPriority.HIGH);
                    assertThat(ticket.status()).as("already with district operations")
                            .isEqualTo(TicketStatus.ESCALATED);
                    assertThat(ticket.reportedByPlatform()).isTrue();
                    assertThat(ticket.title()).contains(school.name());
                }));

        OrgTree elsewhere = OrgTree.cityWithDistrict(tenancy, "远川市" + UUID.randomUUID().toString().substring(0, 4));
        assertThat(ticketsOf(OrgStaff.of(identity, elsewhere.district(), Role.OPERATIONS_STAFF), outage.incidentId()))
                .as("another district's operations").isEmpty();
    }

    @Test
    void the_same_outage_delivered_twice_still_opens_one_ticket_and_its_end_is_noted_on_it(Scenario scenario) {
        NetworkIncidentOpened outage = outageAt(school);
        scenario.publish(outage)
                .andWaitForStateChange(() -> handledByTickets(outage), handled -> handled == 1)
                .andVerify(handled -> assertThat(ticketsOf(operations, outage.incidentId())).hasSize(1));
        long ticket = ticketsOf(operations, outage.incidentId()).getFirst().id();

        scenario.publish(outage)
                .andWaitForStateChange(() -> handledByTickets(outage), handled -> handled == 2)
                .andVerify(handled -> assertThat(ticketsOf(operations, outage.incidentId()))
                        .as("the redelivery opens none").hasSize(1));
        scenario.publish(new NetworkIncidentClosed(outage.incidentId(), school.id(), school.path(), school.name(),
                        IncidentKind.OUTAGE, outage.since(), outage.since().plus(95, ChronoUnit.MINUTES)))
                .andWaitForStateChange(() -> tickets.detail(operations, ticket).comments(), comments -> !comments.isEmpty())
                .andVerify(comments -> assertThat(comments).singleElement()
                        .satisfies(comment -> assertThat(comment.body()).contains("1 小时 35 分钟")));

        assertThat(tickets.detail(operations, ticket).ticket().status()).as("open until someone confirms the cause")
                .isEqualTo(TicketStatus.ESCALATED);
    }

    /** How many deliveries of the event the outage tickets have finished handling (the registry keeps them). */
    private long handledByTickets(Object event) {
        return completed.findAll().stream()
                .filter(publication -> publication.getEvent().equals(event))
                .filter(publication -> publication instanceof TargetEventPublication target
                        && target.getTargetIdentifier().getValue().contains("OutageTickets"))
                .count();
    }

    private List<TicketRow> ticketsOf(Scope scope, long incident) {
        return tickets.list(scope, null, 0).items().stream()
                .filter(ticket -> Long.valueOf(incident).equals(ticket.incidentId())).toList();
    }

    private static NetworkIncidentOpened outageAt(OrgNodeView school) {
        return new NetworkIncidentOpened(INCIDENTS.incrementAndGet(), school.id(), school.path(), school.name(),
                IncidentKind.OUTAGE, Instant.now().minus(5, ChronoUnit.MINUTES));
    }

    private static Device device(EquipmentKind kind) {
        return new Device(kind);
    }

    /** A device as a school's inventory form records it; serial numbers are made unique unless one is given. */
    private static final class Device {

        private static final AtomicLong SERIALS = new AtomicLong();

        private final EquipmentKind kind;
        private @Nullable String room;
        private String serial = "SN-" + SERIALS.incrementAndGet() + "-" + System.nanoTime() % 100_000;

        Device(EquipmentKind kind) {
            this.kind = kind;
        }

        Device in(String roomName) {
            room = roomName;
            return this;
        }

        Device serial(String number) {
            serial = number;
            return this;
        }

        NewEquipment build() {
            return new NewEquipment(room, kind, "型号-" + kind.name(), serial, LocalDate.of(2025, 9, 1),
                    new BigDecimal("4800.00"), LocalDate.of(2028, 8, 31));
        }
    }
}
