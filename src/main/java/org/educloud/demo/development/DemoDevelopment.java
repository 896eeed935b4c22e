package org.educloud.demo.development;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.development.TeacherDevelopment;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Self-assessments of this school year for three teachers of the urban 临江区实验小学, three of the rural 石门乡中心小学
 * and 陈老师 of the second urban school, each rating every indicator of JY/T 0646—2022. The levels are derived from
 * the teacher's place and the indicator, not drawn at random, so every start shows the same: the rural teachers about
 * one level behind, lowest on digital knowledge and skills and on digital application. One teacher of each school is
 * left without an assessment, so the reports have someone to name. The training programmes follow in
 * {@link DemoTraining}.
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
        Map<OrgId, List<UserId>> teachersBySchool = DemoTeachers.bySchool(identity, installation);
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
}
