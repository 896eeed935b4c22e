package org.educloud.demo.tickets;

import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.maintenance.tickets.TicketAction;
import org.educloud.maintenance.tickets.TicketDraft;
import org.educloud.maintenance.tickets.TicketKind;
import org.educloud.maintenance.tickets.TicketPriority;
import org.educloud.maintenance.tickets.Tickets;
import org.educloud.maintenance.vendors.VendorAccountDraft;
import org.educloud.maintenance.vendors.VendorDraft;
import org.educloud.maintenance.vendors.Vendors;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 恒信网络 (何工, account {@code vendor.hx}) serves 临江区; 速达电脑 serves 青山县. 王老师's school has a ticket in every
 * step of the triage: one just reported, one the school handles, one with 恒信, one 恒信 fixed that waits for the
 * school, one reopened; 李老师's rural school has a satellite line escalated to the county, and 陈老师's school a
 * confirmed and rated repair.
 */
@Component
class DemoTickets implements DemoStep {

    /** The demo vendor account's username. */
    public static final String VENDOR_ACCOUNT = "vendor.hx";

    private final Tickets tickets;
    private final Vendors vendors;
    private final IdentityManagement identity;

    DemoTickets(Tickets tickets, Vendors vendors, IdentityManagement identity) {
        this.tickets = tickets;
        this.vendors = vendors;
        this.identity = identity;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 1200;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts(), demo.places(), demo.password());
    }

    void load(Map<String, UserId> accounts, Map<String, OrgId> places, String password) {
        Scope linjiang = scope(accounts, "linjiang.admin");
        Scope qingshan = scope(accounts, "qingshan.admin");
        Scope wang = scope(accounts, "teacher.wang");
        Scope chen = scope(accounts, "teacher.chen");
        Scope li = scope(accounts, "teacher.li");
        Scope shiyanAdmin = scope(accounts, "shiyan.admin");
        if (linjiang == null || qingshan == null || wang == null || chen == null || li == null || shiyanAdmin == null
                || identity.exists(VENDOR_ACCOUNT)) {
            return;
        }
        long hengxin = vendors.register(linjiang, places.get("linjiang").value(), new VendorDraft(
                "江州恒信网络技术有限公司", "何工", "13900000020", "校园网络与交换机、班班通终端、录播设备维修")).id();
        vendors.register(qingshan, places.get("qingshan").value(), new VendorDraft("青山县速达电脑维修部", "邓师傅",
                "13900000022", "计算机、打印机、卫星接收设备维修"));
        Scope vendor = identity.scopeOf(vendors.createAccount(linjiang, hengxin, new VendorAccountDraft(VENDOR_ACCOUNT,
                "恒信网络 何工", "13900000021", password), false).account().id());

        long shiyan = places.get("lj-shiyan").value();
        report(wang, shiyan, TicketKind.DEVICE, "三（1）班投影仪无信号", "投影仪开机后显示“无信号”，换了 HDMI 线也一样。",
                "三（1）班教室", TicketPriority.NORMAL);

        long whiteboard = report(wang, shiyan, TicketKind.DEVICE, "电子白板触控偏移", "点击的位置和光标差了两三厘米，"
                + "校准后过一会儿又偏。", "三（2）班教室", TicketPriority.LOW);
        tickets.act(shiyanAdmin, whiteboard, TicketAction.ACKNOWLEDGE, null, null);

        long switchDown = report(wang, shiyan, TicketKind.NETWORK, "二楼机房交换机故障", "二楼机房一半的电脑连不上网，"
                + "交换机有几个口的指示灯不亮。", "二楼计算机教室", TicketPriority.HIGH);
        tickets.act(shiyanAdmin, switchDown, TicketAction.ESCALATE, null, "学校没有备用交换机，请区里协调。");
        tickets.act(linjiang, switchDown, TicketAction.ASSIGN, hengxin, null);
        tickets.comment(vendor, switchDown, "明天上午九点到校更换交换机，请安排老师开门。");

        long pc = report(wang, shiyan, TicketKind.DEVICE, "计算机教室 5 号机无法开机", "按电源键没有反应，电源灯不亮。",
                "二楼计算机教室", TicketPriority.NORMAL);
        tickets.act(shiyanAdmin, pc, TicketAction.ESCALATE, null, null);
        tickets.act(linjiang, pc, TicketAction.ASSIGN, hengxin, null);
        tickets.act(vendor, pc, TicketAction.RESOLVE, null, "电源损坏，已更换同型号电源并试机正常。");

        long printer = report(wang, shiyan, TicketKind.DEVICE, "教师办公室打印机卡纸", "每打印几张就卡纸。",
                "三楼教师办公室", TicketPriority.LOW);
        tickets.act(shiyanAdmin, printer, TicketAction.ACKNOWLEDGE, null, null);
        tickets.act(shiyanAdmin, printer, TicketAction.RESOLVE, null, "清理了搓纸轮。");
        tickets.act(wang, printer, TicketAction.REOPEN, null, "今天又卡纸了。");

        long recording = report(chen, places.get("lj-dier").value(), TicketKind.DEVICE, "录播教室麦克风无声",
                "录播时吊麦没有声音，回放只有背景噪音。", "录播教室", TicketPriority.HIGH);
        tickets.act(linjiang, recording, TicketAction.ASSIGN, hengxin, null);
        tickets.act(vendor, recording, TicketAction.RESOLVE, null, "调音台输入通道松动，已重新接线并测试。");
        tickets.act(chen, recording, TicketAction.CONFIRM, null, null);
        tickets.rate(chen, recording, 5, "当天就修好了，师傅很专业。");

        long satellite = report(li, places.get("qs-shimen-xx").value(), TicketKind.NETWORK, "卫星线路频繁掉线",
                "下雨天卫星线路经常中断，专递课堂听不清。", "学校机房", TicketPriority.HIGH);
        tickets.act(li, satellite, TicketAction.ESCALATE, null, "学校无法处理，请县里安排。");
    }

    private long report(Scope reporter, long school, TicketKind kind, String title, String description,
                        String location, TicketPriority priority) {
        return tickets.report(reporter, new TicketDraft(school, kind, title, description, location, null, priority),
                List.of());
    }

    private @Nullable Scope scope(Map<String, UserId> accounts, String username) {
        UserId id = accounts.get(username);
        return id == null ? null : identity.scopeOf(id);
    }
}
