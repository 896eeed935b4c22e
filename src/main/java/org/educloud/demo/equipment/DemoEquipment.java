package org.educloud.demo.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.demo.surveys.DemoEquity;
import org.educloud.maintenance.ArticleKind;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentRegister;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.maintenance.KnowledgeBase;
import org.educloud.maintenance.NewArticle;
import org.educloud.maintenance.NewEquipment;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Every demo school's inventory, shaped by its survey profile: about as many computers as the school declares (a
 * couple fewer, so the survey page shows the inventory's own count as a suggestion beside the declaration), a
 * display or projector in each classroom that has one, switches and access points, and a server in the urban
 * schools. Serial numbers are derived from the school code, so the demo is the same on every start.
 */
@Component
class DemoEquipment implements DemoStep {

    private static final String[] GRADES = {"", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级",
            "九年级"};
    private static final LocalDate BOUGHT = LocalDate.of(2023, 8, 20);

    private final EquipmentRegister equipment;
    private final KnowledgeBase knowledge;

    DemoEquipment(EquipmentRegister equipment, KnowledgeBase knowledge) {
        this.equipment = equipment;
        this.knowledge = knowledge;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 1100;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.installation(), demo.places());
    }

    void load(Scope installation, Map<String, OrgId> places) {
        for (DemoEquity.Profile p : DemoEquity.PROFILES) {
            school(installation, places.get(p.key()), p);
        }
        articles(installation, places.get("linjiang"), places.get("qingshan"));
    }

    private void school(Scope installation, OrgId school, DemoEquity.Profile p) {
        String tag = p.key().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        int students = p.classesPerGrade() * p.classSize() * (p.lastGrade() - p.firstGrade() + 1);
        int computers = Math.max(1, (int) Math.round(p.computersPer100() * students / 100) - 2);
        for (int i = 1; i <= computers; i++) {
            long id = equipment.record(installation, school, new NewEquipment("计算机教室", EquipmentKind.COMPUTER,
                    "联想 启天 M437", tag + "-PC" + "%03d".formatted(i), BOUGHT, new BigDecimal("4299.00"),
                    BOUGHT.plusYears(3)));
            if (i == computers && computers > 3) {
                equipment.changeStatus(installation, id, EquipmentStatus.IN_REPAIR, "开机无显示，已送修");
            }
        }
        int rooms = (int) Math.round(p.multimediaPer100() * students / 100);
        boolean urban = p.key().startsWith("lj-");
        int room = 0;
        for (int grade = p.firstGrade(); grade <= p.lastGrade() && room < rooms; grade++) {
            for (int c = 1; c <= p.classesPerGrade() && room < rooms; c++) {
                room++;
                boolean display = urban || room % 2 == 0;
                equipment.record(installation, school, new NewEquipment(GRADES[grade] + "（" + c + "）班",
                        display ? EquipmentKind.INTERACTIVE_DISPLAY : EquipmentKind.PROJECTOR,
                        display ? "希沃 F86EC" : "爱普生 CB-X06", tag + (display ? "-IFP" : "-PJ") + "%02d".formatted(room),
                        BOUGHT.minusYears(display ? 0 : 4), new BigDecimal(display ? "15800.00" : "3299.00"),
                        BOUGHT.plusYears(display ? 3 : -1)));
            }
        }
        equipment.record(installation, school, new NewEquipment("网络机房", EquipmentKind.NETWORK_GEAR,
                "华为 S5735-L24T4S", tag + "-SW01", BOUGHT, new BigDecimal("3650.00"), BOUGHT.plusYears(5)));
        long ap = equipment.record(installation, school, new NewEquipment("教学楼一层", EquipmentKind.NETWORK_GEAR,
                "华为 AirEngine 5761", tag + "-AP01", BOUGHT, new BigDecimal("1180.00"), BOUGHT.plusYears(3)));
        if (urban) {
            equipment.record(installation, school, new NewEquipment("网络机房", EquipmentKind.SERVER,
                    "浪潮 NF5280M6", tag + "-SRV01", BOUGHT, new BigDecimal("38600.00"), BOUGHT.plusYears(5)));
            long old = equipment.record(installation, school, new NewEquipment("网络机房", EquipmentKind.NETWORK_GEAR,
                    "TP-LINK TL-SG1024", tag + "-SW00", LocalDate.of(2014, 9, 1), new BigDecimal("899.00"),
                    LocalDate.of(2017, 9, 1)));
            equipment.changeStatus(installation, old, EquipmentStatus.RETIRED, "端口老化，已由 SW01 替换");
        } else {
            equipment.changeStatus(installation, ap, EquipmentStatus.IN_REPAIR, "雷雨后无法上电，厂家维修中");
        }
    }

    private void articles(Scope installation, OrgId linjiang, OrgId qingshan) {
        for (OrgId district : List.of(linjiang, qingshan)) {
            knowledge.publish(installation, district, new NewArticle(ArticleKind.DEVICE,
                    "交互式一体机触摸失灵的处理",
                    "教室交互式一体机画面正常，但触摸无反应或触点偏移",
                    "关闭一体机电源，用干布清洁屏幕边框的红外对管\n\n"
                            + "开机后进入设置，运行“触摸校准”\n\n仍无反应时检查 USB 触摸线是否松动，并报修",
                    List.of("一体机", "触摸")));
            knowledge.publish(installation, district, new NewArticle(ArticleKind.NETWORK,
                    "教室无线网络频繁掉线",
                    "上课时平板连接教室无线网络后频繁掉线，重连后很快又断开",
                    "确认同一教室的接入点数量：一个接入点同时接入超过 40 台终端会拥塞\n\n"
                            + "在控制器上把 2.4GHz 信道改为 1、6、11 中干扰最少的一个\n\n"
                            + "仍掉线时记录时间和教室，提交网络故障工单",
                    List.of("无线", "掉线", "AP")));
        }
        knowledge.publish(installation, linjiang, new NewArticle(ArticleKind.PLATFORM,
                "登录平台时提示“账号已锁定”",
                "教师多次输错密码后无法登录平台，页面提示稍后再试",
                "等待提示中的时间后再试，不要连续重试\n\n仍无法登录时请学校管理员在“账号管理”中重置密码",
                List.of("登录", "密码")));
        knowledge.publish(installation, qingshan, new NewArticle(ArticleKind.NETWORK,
                "卫星链路雨天中断",
                "教学点的卫星宽带在大雨天气下中断，雨停后自动恢复",
                "雨衰是卫星链路的正常现象，雨停后等待 10 分钟再确认是否恢复\n\n"
                        + "检查天线锅面是否积水、积叶，并确认馈线接头防水完好\n\n"
                        + "超过 1 小时未恢复时提交网络故障工单，注明天气情况",
                List.of("卫星", "雨衰", "教学点")));
    }
}
