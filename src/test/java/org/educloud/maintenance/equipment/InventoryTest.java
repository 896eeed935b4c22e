package org.educloud.maintenance.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.maintenance.EquipmentDirectory;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentRegister;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.maintenance.InventoryCounts;
import org.educloud.maintenance.MaintenanceFixture;
import org.educloud.maintenance.NewEquipment;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The inventory as its users meet it: who sees and keeps which school's devices, their life, and the import. */
@EduCloudTest
class InventoryTest {

    private static final String HEADER = "学校标识码,房间,类型,型号,序列号,购置日期,购置金额（元）,保修截止,状态\n";
    private static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    MaintenanceFixture maintenance;
    @Autowired
    EquipmentRegister register;
    @Autowired
    EquipmentDirectory directory;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    private static String serial() {
        return "T-" + SERIALS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private Scope scopeOf(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @Test
    void aSchoolAdminRecordsADeviceThroughTheFormAndItsHistoryNamesThem() throws Exception {
        TenantFixture.Side a = fixture.a();
        String serial = serial();
        String location = mvc.perform(post("/maintenance/equipment").with(authentication(fixture.as(a.person(Role.SCHOOL_ADMIN))))
                        .with(csrf()).param("school", String.valueOf(a.school().id().value())).param("kind", "PROJECTOR")
                        .param("room", "三年级（2）班").param("model", "爱普生 CB-X06").param("serial", serial)
                        .param("purchasedOn", "2024-09-01").param("purchaseValue", "3299").param("warrantyUntil", "2026-08-31"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(authentication(fixture.as(a.person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(serial, "爱普生 CB-X06", "三年级（2）班", "equipment-history",
                identity.self(a.person(Role.SCHOOL_ADMIN)).displayName());
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
        TenantFixture.Side a = fixture.a();
        long before = count();
        String page = mvc.perform(post("/maintenance/equipment").with(authentication(fixture.as(a.person(Role.SCHOOL_ADMIN))))
                        .with(csrf()).param("school", String.valueOf(a.school().id().value())).param("kind", "COMPUTER")
                        .param("model", "").param("serial", "SN 1").param("purchasedOn", "2099-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("model-error", "serial-error", "purchasedOn-error");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSerialNumberIsUniqueWithinASchoolWhateverItsCase() {
        TenantFixture.Side a = fixture.a();
        String serial = serial();
        register.record(Scope.installation(), a.school().id(), device(serial));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.record(Scope.installation(), a.school().id(),
                        device(serial.toLowerCase())))
                .isInstanceOf(FieldRuleViolationException.class)
                .hasMessageContaining("maintenance.equipment.error.serialTaken");
        // another school may hold the same number
        register.record(Scope.installation(), fixture.b().school().id(), device(serial));
    }

    @Test
    void aDeviceGoesToRepairAndBackAndOnceRetiredStaysRetired() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = register.record(Scope.installation(), a.school().id(), device(serial()));
        Scope ops = scopeOf(Role.OPERATIONS_STAFF);
        register.changeStatus(ops, id, EquipmentStatus.IN_REPAIR, "屏幕碎裂");
        register.changeStatus(ops, id, EquipmentStatus.IN_USE, null);
        register.changeStatus(ops, id, EquipmentStatus.RETIRED, "报废");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> register.changeStatus(ops, id, EquipmentStatus.IN_USE,
                null)).isInstanceOf(org.educloud.shared.RuleViolationException.class);
        assertThat(jdbc.sql("SELECT status FROM maintenance.equipment_status_change WHERE equipment_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("IN_USE", "IN_REPAIR", "IN_USE", "RETIRED");
    }

    @Test
    void aTeacherReadsTheirSchoolsDevicesButCannotEditThem() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = maintenance.of(a).equipmentId();
        var teacher = authentication(fixture.as(a.person(Role.TEACHER)));
        mvc.perform(get("/maintenance/equipment/" + id).with(teacher)).andExpect(status().isOk());
        mvc.perform(get("/maintenance/equipment").with(teacher)).andExpect(status().isOk());
        mvc.perform(get("/maintenance/equipment/" + id + "/edit").with(teacher)).andExpect(status().isForbidden());
        mvc.perform(post("/maintenance/equipment/" + id + "/status").with(teacher).with(csrf())
                .param("version", "0").param("status", "RETIRED")).andExpect(status().isForbidden());
        mvc.perform(post("/maintenance/equipment").with(teacher).with(csrf())
                .param("school", String.valueOf(a.school().id().value())).param("kind", "COMPUTER")
                .param("model", "M").param("serial", serial())).andExpect(status().isForbidden());
    }

    @Test
    void anotherDistrictsAdminFindsNoSuchDevice() throws Exception {
        long id = maintenance.of(fixture.b()).equipmentId();
        mvc.perform(get("/maintenance/equipment/" + id).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isNotFound());
        assertThat(directory.find(scopeOf(Role.DISTRICT_ADMIN), id)).isEmpty();
    }

    @Test
    void operationsStaffKeepTheirDistrictsDevices() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = maintenance.of(a).equipmentId();
        assertThat(directory.find(scopeOf(Role.OPERATIONS_STAFF), id)).isPresent();
        mvc.perform(get("/maintenance/equipment/" + id + "/edit")
                        .with(authentication(fixture.as(a.person(Role.OPERATIONS_STAFF)))))
                .andExpect(status().isOk());
    }

    @Test
    void aVendorSeesNoSchoolsEquipment() throws Exception {
        TenantFixture.Side a = fixture.a();
        var vendor = authentication(fixture.as(a.person(Role.VENDOR)));
        mvc.perform(get("/maintenance/equipment").with(vendor)).andExpect(status().isForbidden());
        mvc.perform(get("/maintenance/equipment/" + maintenance.of(a).equipmentId()).with(vendor))
                .andExpect(status().isNotFound());
        assertThat(directory.find(identity.scopeOf(a.person(Role.VENDOR)), maintenance.of(a).equipmentId())).isEmpty();
    }

    @Test
    void anImportWithOneBadRowSavesNothingAndNamesTheRowAndColumn() throws Exception {
        TenantFixture.Side a = fixture.a();
        long before = count();
        String code = a.school().schoolCode();
        String good = serial();
        String csv = HEADER + code + ",计算机教室,计算机,联想 M437," + good + ",2024-03-01,4299,2027-03-01,在用\n"
                + code + ",计算机教室,打印机,惠普,P-1,2024-03-01,,,\n"
                + code + ",计算机教室,计算机,联想 M437," + good + ",2024-03-01,4299,,\n";
        String page = upload(a, csv).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("import-problems", "打印机", "类型", "序列号");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodImportRecordsEveryRowAndBroughtInAgainUpdatesTheSameDevices() throws Exception {
        TenantFixture.Side a = fixture.a();
        String code = a.school().schoolCode();
        String first = serial();
        String second = serial();
        String csv = HEADER + code + ",三年级（1）班,交互式一体机,希沃 F86EC," + first + ",2024-03-01,15800,2027-02-28,\n"
                + code + ",网络机房,网络设备,华为 S5735," + second + ",2024-03-01,3650,,维修中\n";
        long before = count();
        upload(a, csv).andExpect(status().isOk());
        assertThat(count()).isEqualTo(before + 2);
        upload(a, csv.replace("华为 S5735", "华为 S5736").replace("维修中", "在用")).andExpect(status().isOk());
        assertThat(count()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT model || '/' || status FROM maintenance.equipment WHERE serial = ?").param(second)
                .query(String.class).single()).isEqualTo("华为 S5736/IN_USE");
    }

    @Test
    void aFileThatIsNoTableIsRefusedAsAWhole() throws Exception {
        upload(fixture.a(), "\u0000\u0001binary").andExpect(status().isBadRequest());
        upload(fixture.a(), "型号,序列号\nA,B\n").andExpect(status().isBadRequest());
    }

    @Test
    void theTemplatesCarryTheColumnsInOrder() throws Exception {
        TenantFixture.Side a = fixture.a();
        String csv = mvc.perform(get("/maintenance/equipment/import/template.csv").param("org",
                        String.valueOf(a.district().id().value()))
                        .with(authentication(fixture.as(a.person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(HEADER.strip());
        mvc.perform(get("/maintenance/equipment/import/template.xlsx").param("org",
                        String.valueOf(a.district().id().value()))
                        .with(authentication(fixture.as(a.person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk());
    }

    @Test
    void theCountsLeaveOutRetiredDevicesAndCountRoomsWithADisplayOrProjector() {
        TenantFixture.Side b = fixture.b();
        InventoryCounts before = directory.countsOf(b.school().id());
        register.record(Scope.installation(), b.school().id(), new NewEquipment("一年级（1）班", EquipmentKind.PROJECTOR,
                "P", serial(), null, null, null));
        register.record(Scope.installation(), b.school().id(), new NewEquipment("一年级（1）班",
                EquipmentKind.INTERACTIVE_DISPLAY, "D", serial(), null, null, null));
        register.record(Scope.installation(), b.school().id(), device(serial()));
        long retired = register.record(Scope.installation(), b.school().id(), device(serial()));
        register.changeStatus(Scope.installation(), retired, EquipmentStatus.RETIRED, null);
        InventoryCounts after = directory.countsOf(b.school().id());
        assertThat(after.computersInUse()).isEqualTo(before.computersInUse() + 1);
        assertThat(after.multimediaRooms()).isEqualTo(before.multimediaRooms() + 1);
        assertThat(after.retired()).isEqualTo(before.retired() + 1);
    }

    @Test
    void theSurveyShowsTheInventorysCountsBesideTheDeclaredFigures() throws Exception {
        long school = jdbc.sql("SELECT id FROM tenancy.org_node WHERE name = '江州市临江区实验小学'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM identity.account WHERE username = 'shiyan.admin'").query(Long.class).single();
        String page = mvc.perform(get("/equity/surveys/" + school)
                        .with(authentication(fixture.as(new org.educloud.shared.UserId(admin)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int computers = directory.countsOf(org.educloud.shared.OrgId.of(school)).computersInUse();
        assertThat(computers).isPositive();
        assertThat(page).contains("inventory-computers", "inventory-multimedia", "在用计算机 " + computers + " 台");
    }

    private org.springframework.test.web.servlet.ResultActions upload(TenantFixture.Side side, String content)
            throws Exception {
        return mvc.perform(multipart("/maintenance/equipment/import").file(new MockMultipartFile("file", "equipment.csv",
                        "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .param("org", String.valueOf(side.district().id().value()))
                .with(authentication(fixture.as(side.person(Role.DISTRICT_ADMIN)))).with(csrf()));
    }

    private static NewEquipment device(String serial) {
        return new NewEquipment("计算机教室", EquipmentKind.COMPUTER, "联想 M437", serial, LocalDate.of(2024, 3, 1),
                new BigDecimal("4299"), LocalDate.of(2027, 3, 1));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM maintenance.equipment").query(Long.class).single();
    }
}
