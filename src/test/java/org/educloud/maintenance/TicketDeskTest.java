package org.educloud.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.educloud.maintenance.tickets.TicketAction;
import org.educloud.maintenance.tickets.TicketDetail;
import org.educloud.maintenance.tickets.TicketStatus;
import org.educloud.maintenance.tickets.Tickets;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.Homework;
import org.educloud.support.TenantFixture;
import org.educloud.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The ticket desk end to end on the shared application: a teacher's report goes through school IT and the district
 * to a vendor and back, each told through the bell, with its history kept; vendors see only their company's
 * tickets and nothing else of the schools; bad steps and bad photos are refused with a clear message and leave
 * nothing behind.
 */
@EduCloudTest
class TicketDeskTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    TicketFixture tickets;
    @Autowired
    Tickets desk;
    @Autowired
    Vendors vendors;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportedFaultGoesFromTheSchoolToTheDistrictToAVendorAndBack() {
        TenantFixture.Side a = fixture.a();
        long vendor = tickets.vendor(a, "甲区联通网络维修部" + System.nanoTime());
        UserId technician = tickets.linkedAccount(a, vendor);
        long id = tickets.reported(a, "二楼机房交换机断电");

        desk.act(tickets.scope(a, Role.SCHOOL_ADMIN), id, TicketAction.ESCALATE, null, "学校无法修复");
        desk.act(tickets.scope(a, Role.OPERATIONS_STAFF), id, TicketAction.ASSIGN, vendor, null);
        desk.act(identity.scopeOf(technician), id, TicketAction.RESOLVE, null, "更换电源模块");
        desk.act(tickets.scope(a, Role.TEACHER), id, TicketAction.CONFIRM, null, null);
        desk.rate(tickets.scope(a, Role.TEACHER), id, 5, "当天修好");

        TicketDetail detail = desk.detail(tickets.scope(a, Role.TEACHER), id);
        assertThat(detail.ticket().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(detail.ticket().rating()).isEqualTo(5);
        assertThat(detail.photos()).hasSize(1);
        assertThat(detail.history()).extracting(h -> h.action() + ":" + h.to()).containsExactly("REPORT:OPEN",
                "ESCALATE:ESCALATED", "ASSIGN:ASSIGNED", "RESOLVE:RESOLVED", "CONFIRM:CLOSED");
        assertThat(detail.history().get(3).note()).isEqualTo("更换电源模块");
        assertThat(told(technician, id)).as("the vendor was told of the assignment").isTrue();
        assertThat(told(a.person(Role.OPERATIONS_STAFF), id)).as("district operations were told").isTrue();
        assertThat(told(a.person(Role.TEACHER), id)).as("the reporter was told of the fix").isTrue();
    }

    @Test
    void aVendorSeesOnlyItsCompanysTicketsAndNothingElseOfTheSchools() throws Exception {
        TenantFixture.Side a = fixture.a();
        long ours = tickets.vendor(a, "甲区设备维修" + System.nanoTime());
        long theirs = tickets.vendor(a, "甲区另一家维修" + System.nanoTime());
        UserId technician = tickets.linkedAccount(a, ours);
        long assignedToUs = assigned(a, ours);
        long assignedToThem = assigned(a, theirs);
        long unassigned = tickets.reported(a, "未指派的故障");

        assertThat(desk.list(identity.scopeOf(technician), null, 0).items()).extracting(t -> t.id())
                .contains(assignedToUs).doesNotContain(assignedToThem, unassigned);
        assertThat(status(technician, "/maintenance/tickets/" + assignedToUs)).isEqualTo(200);
        assertThat(status(technician, "/maintenance/tickets/" + assignedToThem)).isEqualTo(404);
        assertThat(status(technician, "/maintenance/tickets/" + unassigned)).isEqualTo(404);
        assertThat(status(technician, "/roster/students/" + a.studentId())).isEqualTo(404);
        assertThat(status(technician, "/roster/classes/" + a.classId())).isEqualTo(404);
        assertThat(status(technician, "/maintenance/vendors/" + ours)).isEqualTo(404);
        assertThat(status(technician, "/maintenance/reports")).isEqualTo(403);
        String roster = body(technician, "/roster/students");
        assertThat(roster).doesNotContain(a.school().name() + "学生");
    }

    @Test
    void aVendorCannotResolveAnotherVendorsTicket() throws Exception {
        TenantFixture.Side a = fixture.a();
        long ours = tickets.vendor(a, "甲区第三家维修" + System.nanoTime());
        long theirs = tickets.vendor(a, "甲区第四家维修" + System.nanoTime());
        UserId technician = tickets.linkedAccount(a, ours);
        long id = assigned(a, theirs);

        assertThat(step(technician, id, "RESOLVE").getResponse().getStatus()).isEqualTo(404);
        assertThat(desk.detail(tickets.scope(a, Role.DISTRICT_ADMIN), id).ticket().status())
                .isEqualTo(TicketStatus.ASSIGNED);
    }

    @Test
    void aTeacherCannotCloseAnotherSchoolsTicketNorChangeOneTheyDidNotReport() throws Exception {
        TenantFixture.Side a = fixture.a();
        TenantFixture.Side b = fixture.b();
        long elsewhere = TicketFixture.of(b).ticketId();
        assertThat(step(a.person(Role.TEACHER), elsewhere, "CONFIRM").getResponse().getStatus()).isEqualTo(404);

        long byTheAdmin = desk.report(tickets.scope(a, Role.SCHOOL_ADMIN),
                new org.educloud.maintenance.tickets.TicketDraft(a.school().id().value(),
                        org.educloud.maintenance.tickets.TicketKind.PLATFORM, "平台登录慢", "上午登录要一分钟。", "",
                        null, null), List.of());
        desk.act(tickets.scope(a, Role.SCHOOL_ADMIN), byTheAdmin, TicketAction.ACKNOWLEDGE, null, null);
        desk.act(tickets.scope(a, Role.SCHOOL_ADMIN), byTheAdmin, TicketAction.RESOLVE, null, "清理了浏览器缓存");
        assertThat(step(a.person(Role.TEACHER), byTheAdmin, "REOPEN").getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/maintenance/tickets/" + byTheAdmin + "/rating").param("stars", "1")
                        .with(authentication(fixture.as(a.person(Role.TEACHER)))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        desk.rate(tickets.scope(a, Role.SCHOOL_ADMIN), byTheAdmin, 4, null);
        assertThat(desk.detail(tickets.scope(a, Role.SCHOOL_ADMIN), byTheAdmin).ticket().rating())
                .as("the admin reported it, so the admin rates it").isEqualTo(4);
    }

    @Test
    void aStepTheTicketsStatusDoesNotAllowIsRefusedWithAClearMessage() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = tickets.reported(a, "教室白板触控失灵");
        MvcResult result = step(a.person(Role.TEACHER), id, "CONFIRM");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/maintenance/tickets/" + id);
        assertThat((String) result.getFlashMap().get("problemText"))
                .isEqualTo("工单处于“待受理”状态，不能执行“确认已修复”。");
        MvcResult english = mvc.perform(post("/maintenance/tickets/" + id + "/steps").param("action", "CONFIRM")
                .cookie(new Cookie("educloud-lang", "en"))
                .with(authentication(fixture.as(a.person(Role.TEACHER)))).with(csrf())).andReturn();
        assertThat((String) english.getFlashMap().get("problemText"))
                .isEqualTo("A ticket that is \"Open\" cannot take the step \"Confirm the fix\".");
        assertThat(step(a.person(Role.TEACHER), id, "ACKNOWLEDGE").getResponse().getStatus())
                .as("the step exists from this status, but is school IT's").isEqualTo(403);
        assertThat(desk.detail(tickets.scope(a, Role.TEACHER), id).ticket().status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void anOversizedOrNonImagePhotoIsRefusedAndNothingIsWritten() throws Exception {
        TenantFixture.Side a = fixture.a();
        // counted by this test's own title: the platform's jobs (outage tickets) may open others meanwhile
        long ticketsBefore = reportsTitled(REFUSED_TITLE);
        long blobsBefore = count("library.blob");

        byte[] huge = new byte[11 * 1024 * 1024];
        MvcResult tooLarge = report(a, REFUSED_TITLE, new MockMultipartFile("photos", "大照片.jpg", "image/jpeg", huge));
        assertThat(tooLarge.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("照片“大照片.jpg”太大了，每张不能超过 10 MB。");

        byte[] pdf = Homework.answerPdf("not a photo");
        MvcResult notAPhoto = report(a, REFUSED_TITLE, new MockMultipartFile("photos", "故障.jpg", "image/jpeg", pdf));
        assertThat(notAPhoto.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .containsAnyOf("不是照片", "文件");

        MultipartFileList seven = new MultipartFileList(7);
        MvcResult tooMany = report(a, REFUSED_TITLE, seven.files());
        assertThat(tooMany.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("一次最多上传 6 张照片。");

        assertThat(reportsTitled(REFUSED_TITLE)).isEqualTo(ticketsBefore);
        assertThat(count("library.blob")).isEqualTo(blobsBefore);
    }

    @Test
    void aPhotoFromThePhoneIsStoredAndShownToThePartiesOnly() throws Exception {
        TenantFixture.Side a = fixture.a();
        byte[] photo = Homework.worksheetPhoto();
        MvcResult reported = report(a, new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", photo));
        String location = reported.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/maintenance/tickets/");
        long id = Long.parseLong(location.substring("/maintenance/tickets/".length(), location.indexOf('?')));
        long photoId = desk.detail(tickets.scope(a, Role.TEACHER), id).photos().getFirst().id();
        String url = "/maintenance/tickets/" + id + "/photos/" + photoId;
        MvcResult shown = mvc.perform(get(url).with(authentication(fixture.as(a.person(Role.SCHOOL_ADMIN))))).andReturn();
        assertThat(shown.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(shown.getResponse().getContentAsByteArray()).isEqualTo(photo);
        assertThat(status(a.person(Role.STUDENT), url)).isEqualTo(404);
        assertThat(status(a.person(Role.VENDOR), url)).as("not assigned to the vendor").isEqualTo(404);
    }

    @Test
    void onlyTheDistrictRegistersVendorsAndCreatesTheirAccounts() {
        TenantFixture.Side a = fixture.a();
        Scope schoolAdmin = tickets.scope(a, Role.SCHOOL_ADMIN);
        assertThatThrownBy(() -> vendors.register(schoolAdmin, a.district().id().value(),
                new org.educloud.maintenance.vendors.VendorDraft("学校自找的公司", "李", null, "网络")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> vendors.register(tickets.scope(a, Role.DISTRICT_ADMIN),
                fixture.b().district().id().value(),
                new org.educloud.maintenance.vendors.VendorDraft("越界公司", "李", null, "网络")))
                .isInstanceOf(NotFoundException.class);
        assertThat(vendors.list(tickets.scope(a, Role.OPERATIONS_STAFF))).isNotEmpty()
                .allMatch(v -> v.districtPath().equals(a.district().path()));
        assertThat(vendors.list(tickets.scope(a, Role.TEACHER))).isEmpty();
        assertThat(vendors.list(tickets.scope(a, Role.VENDOR))).isEmpty();
    }

    private long assigned(TenantFixture.Side side, long vendor) {
        long id = tickets.reported(side, "待指派的故障");
        desk.act(tickets.scope(side, Role.DISTRICT_ADMIN), id, TicketAction.ASSIGN, vendor, null);
        return id;
    }

    private static final String REFUSED_TITLE = "投影仪不亮（照片被拒）";

    private MvcResult report(TenantFixture.Side side, MockMultipartFile... photos) throws Exception {
        return report(side, "投影仪不亮", photos);
    }

    private MvcResult report(TenantFixture.Side side, String title, MockMultipartFile... photos) throws Exception {
        var request = multipart("/maintenance/tickets");
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        return mvc.perform(request.param("schoolId", String.valueOf(side.school().id().value()))
                .param("kind", "DEVICE").param("title", title).param("description", "开机无画面")
                .param("location", "三楼").param("priority", "NORMAL")
                .with(authentication(fixture.as(side.person(Role.TEACHER)))).with(csrf())).andReturn();
    }

    private MvcResult step(UserId who, long id, String action) throws Exception {
        return mvc.perform(post("/maintenance/tickets/" + id + "/steps").param("action", action).param("note", "好了")
                .with(authentication(fixture.as(who))).with(csrf())).andReturn();
    }

    private int status(UserId who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(fixture.as(who)))).andReturn().getResponse().getStatus();
    }

    private String body(UserId who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(fixture.as(who)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private boolean told(UserId who, long ticket) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND kind = 'TICKET' AND link = ?")
                .params(who.value(), "/maintenance/tickets/" + ticket).query(Long.class).single() > 0;
    }

    private long reportsTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM maintenance.ticket WHERE title = ?").param(title).query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** Several small real photos, one more than a report takes. */
    private record MultipartFileList(int count) {
        MockMultipartFile[] files() {
            byte[] photo = Homework.worksheetPhoto();
            MockMultipartFile[] files = new MockMultipartFile[count];
            for (int i = 0; i < count; i++) {
                files[i] = new MockMultipartFile("photos", "p" + i + ".jpg", "image/jpeg", photo);
            }
            return files;
        }
    }
}
