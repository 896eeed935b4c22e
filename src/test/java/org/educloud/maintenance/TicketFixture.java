package org.educloud.maintenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Upload;
import org.educloud.maintenance.tickets.TicketAction;
import org.educloud.maintenance.tickets.TicketDraft;
import org.educloud.maintenance.tickets.TicketKind;
import org.educloud.maintenance.tickets.TicketPriority;
import org.educloud.maintenance.tickets.Tickets;
import org.educloud.maintenance.vendors.VendorAccountDraft;
import org.educloud.maintenance.vendors.VendorDraft;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.Homework;
import org.educloud.support.LiveFixtures;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.TenantFixture;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets and vendors of each side of the {@link TenantFixture}, made through the module's own use cases: a vendor
 * company of the side's district (named after the district, the isolation marker) with the side's vendor account
 * linked to it, and a ticket its teacher reported with a photo, escalated by school IT and assigned to that vendor.
 * The isolation test's endpoint table has no Spring context, so it reaches the fixture of the running context
 * through {@link #of}.
 */
@Component
// built on the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class TicketFixture {

    /** The ids the isolation test aims at on one side. */
    public record Placed(long ticketId, long photoId, long vendorId) {
    }

    private static final LiveFixtures<TicketFixture> LIVE = new LiveFixtures<>();

    private final TenantFixture tenants;
    private final Tickets tickets;
    private final Vendors vendors;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final Map<String, Placed> placed = new HashMap<>();

    TicketFixture(TenantFixture tenants, Tickets tickets, Vendors vendors, IdentityManagement identity,
                  JdbcClient jdbc) {
        this.tenants = tenants;
        this.tickets = tickets;
        this.vendors = vendors;
        this.identity = identity;
        this.jdbc = jdbc;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    public static Placed of(TenantFixture.Side side) {
        return LIVE.current().placed(side);
    }

    public synchronized Placed placed(TenantFixture.Side side) {
        return placed.computeIfAbsent(side.key(), key -> place(side));
    }

    /** A company registered by the side's district admin. */
    public long vendor(TenantFixture.Side side, String name) {
        return vendors.register(scope(side, Role.DISTRICT_ADMIN), side.district().id().value(),
                new VendorDraft(name, "张师傅", "13800000000", "网络布线、交换机、投影仪维修")).id();
    }

    /** A fresh account of a company, created by the district admin as the vendor page does. */
    public UserId linkedAccount(TenantFixture.Side side, long vendorId) {
        String username = "fx." + side.key() + ".tech" + UUID.randomUUID().toString().substring(0, 8);
        return vendors.createAccount(scope(side, Role.DISTRICT_ADMIN), vendorId,
                new VendorAccountDraft(username, "维修师傅", null, TenantFixture.PASSWORD)).account().id();
    }

    /** A fault the side's teacher reports with one photo; answers its id. */
    public long reported(TenantFixture.Side side, String title) {
        byte[] photo = Homework.worksheetPhoto();
        return tickets.report(scope(side, Role.TEACHER), new TicketDraft(side.school().id().value(), TicketKind.DEVICE,
                title, "投影仪开机后没有画面，指示灯闪红灯。", "三楼多媒体教室", null, TicketPriority.NORMAL),
                List.of(new Upload("投影仪.jpg", photo.length, new ByteArrayResource(photo))));
    }

    public Scope scope(TenantFixture.Side side, Role role) {
        return identity.scopeOf(side.person(role));
    }

    private Placed place(TenantFixture.Side side) {
        long vendor = vendor(side, side.district().name() + "维修公司");
        jdbc.sql("INSERT INTO maintenance.vendor_account (account_id, vendor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(side.person(Role.VENDOR).value(), vendor).update();
        long ticket = reported(side, side.school().name() + "投影仪故障");
        tickets.act(scope(side, Role.SCHOOL_ADMIN), ticket, TicketAction.ESCALATE, null, null);
        tickets.act(scope(side, Role.DISTRICT_ADMIN), ticket, TicketAction.ASSIGN, vendor, null);
        long photo = jdbc.sql("SELECT min(id) FROM maintenance.ticket_photo WHERE ticket_id = ?").param(ticket)
                .query(Long.class).single();
        return new Placed(ticket, photo, vendor);
    }
}
