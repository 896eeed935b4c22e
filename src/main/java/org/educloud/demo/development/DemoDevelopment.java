package org.educloud.demo.development;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.development.TeacherDevelopment;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Self-assessments of this school year for three teachers of the urban 临江区实验小学, three of the rural 石门乡中心小学
 * and 陈老师 of the second urban school, each rating every indicator of JY/T 0646—2022. The levels are derived from
 * the teacher's place and the indicator, not drawn at random, so every start shows the same: the rural teachers about
 * one level behind, lowest on digital knowledge and skills and on digital application. One teacher of each school is
 * left without an assessment, so the reports have someone to name.
 */
@Component
class DemoDevelopment implements DemoStep {

    /** School key → its base level and how many of its teachers (in username order) assess themselves. */
    private static final Map<String, int[]> SCHOOLS = new LinkedHashMap<>();

    static {
        SCHOOLS.put("lj-shiyan", new int[] {3, 3});
        SCHOOLS.put("qs-shimen-xx", new int[] {2, 3});
        SCHOOLS.put("lj-dier", new int[] {3, 1});
    }

    private final TeacherDevelopment development;
    private final IdentityManagement identity;

    DemoDevelopment(TeacherDevelopment development, IdentityManagement identity) {
        this.development = development;
        this.identity = identity;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 1300;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.installation(), demo.places());
    }

    void load(Scope installation, Map<String, OrgId> places) {
        long framework = development.nationalFramework();
        List<String> codes = development.indicatorCodes(installation, framework);
        Map<OrgId, List<UserId>> teachersBySchool = teachers(installation);
        int seed = 0;
        for (Map.Entry<String, int[]> school : SCHOOLS.entrySet()) {
            List<UserId> teachers = teachersBySchool.getOrDefault(places.get(school.getKey()), List.of());
            int base = school.getValue()[0];
            boolean rural = base < 3;
            for (UserId teacher : teachers.stream().limit(school.getValue()[1]).toList()) {
                Map<String, Integer> levels = new HashMap<>();
                for (int i = 0; i < codes.size(); i++) {
                    levels.put(codes.get(i), level(base, rural, codes.get(i), i, seed));
                }
                Map<String, String> notes = rural ? Map.of("3.1.2", "主要使用国家中小学智慧教育平台的现成资源，自己制作得少")
                        : Map.of("3.1.2", "本学年上传了课件和微课，一份已在区里发布");
                development.selfAssess(identity.scopeOf(teacher), framework, levels, notes);
                seed++;
            }
        }
        programme(installation, places.get("linjiang"), teachersBySchool.getOrDefault(places.get("lj-shiyan"), List.of()),
                teachersBySchool.getOrDefault(places.get("lj-dier"), List.of()));
    }

    /**
     * The district's 信息技术应用能力提升工程 2.0 term, in progress: three sessions of three hours (two held, one to come),
     * completed at six hours attended. 王老师 and a colleague attended both held sessions and so completed it (hours
     * in their ledgers, certificates issued); a third teacher of 实验小学 and 陈老师 attended one and are still in it.
     */
    private void programme(Scope installation, OrgId district, List<UserId> shiyan, List<UserId> dier) {
        if (district == null || shiyan.isEmpty()) {
            return;
        }
        long programme = development.runProgramme(installation, district, "信息技术应用能力提升工程 2.0（临江区 2026 年秋季）",
                "整校推进，聚焦多媒体教学环境下的学情分析、微课设计与作业反馈。出勤满 6 学时认定 10 学时。",
                new BigDecimal("10"), new BigDecimal("6"));
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        long first = development.addSession(installation, programme, "开班与学情分析工具", false,
                now.minusDays(42).withHour(14).withMinute(0), new BigDecimal("3"), "临江区教师发展中心 302 室");
        long second = development.addSession(installation, programme, "微课设计与制作（直播）", true,
                now.minusDays(14).withHour(19).withMinute(0), new BigDecimal("3"), "区研修平台直播间");
        development.addSession(installation, programme, "作业反馈与成果展示", false,
                now.plusDays(21).withHour(14).withMinute(0), new BigDecimal("3"), "临江区实验小学报告厅");
        List<UserId> joined = new ArrayList<>(shiyan.stream().limit(3).toList());
        dier.stream().findFirst().ifPresent(joined::add);
        joined.forEach(teacher -> development.joinProgramme(identity.scopeOf(teacher), programme));
        development.recordAttendance(installation, programme, first, joined);
        development.recordAttendance(installation, programme, second, joined.stream().limit(2).toList());
    }

    /** A level near the school's base: a step up or down on some indicators, rural teachers lower on 2.x and 3.x. */
    private static int level(int base, boolean rural, String code, int index, int seed) {
        int level = base;
        if ((index + seed) % 4 == 0) {
            level++;
        }
        if ((index * 7 + seed) % 5 == 0) {
            level--;
        }
        if (rural && (code.startsWith("2.") || code.startsWith("3.")) && (index + seed) % 2 == 0) {
            level--;
        }
        return Math.clamp(level, 1, 4);
    }

    /**
     * Teacher accounts by the school of their teacher grant: the demo's named teachers (teacher.wang, teacher.li, who
     * sign in to show it) first, then the others in username order, so the same ones are assessed every start.
     */
    private Map<OrgId, List<UserId>> teachers(Scope installation) {
        Map<OrgId, List<UserId>> bySchool = new HashMap<>();
        List<AccountView> accounts = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageSlice<AccountView> slice = identity.search(installation, null, Role.TEACHER, null, page, 200);
            accounts.addAll(slice.items());
            if (!slice.hasNext()) {
                break;
            }
        }
        accounts.sort(java.util.Comparator.comparing((AccountView a) -> !a.username().startsWith("teacher."))
                .thenComparing(AccountView::username));
        for (AccountView account : accounts) {
            for (GrantView grant : account.grants()) {
                if (grant.role() == Role.TEACHER && grant.orgId() != null) {
                    bySchool.computeIfAbsent(grant.orgId(), k -> new ArrayList<>()).add(account.id());
                }
            }
        }
        return bySchool;
    }
}
