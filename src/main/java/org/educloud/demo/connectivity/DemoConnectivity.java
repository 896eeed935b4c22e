package org.educloud.demo.connectivity;

import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.network.ConnectivityRegistry;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every demo school a connectivity declaration through the registry, so the connectivity dashboard and the
 * digital-equity page show a county's real shape: the urban schools on gigabit fibre, the town schools on slower
 * fibre, 石门乡中心小学 upgraded from a 4G line to fibre (its history keeps both), 石门乡九年一贯制学校 on a 20 Mbit/s
 * satellite line and 柳坪教学点 without any access.
 */
@Component
class DemoConnectivity implements DemoStep {

    /** One school's declaration; {@code earlier} is a version it had before, for the history. */
    record Line(String key, ConnectivityDraft now, @Nullable ConnectivityDraft earlier) {
    }

    static final List<Line> LINES = List.of(
            line("lj-shiyan", fibre("中国电信", 1000, 200, 24, 24, 80)),
            line("lj-dier", fibre("中国电信", 1000, 100, 20, 20, 60)),
            line("lj-binjiang", fibre("中国联通", 1000, 200, 18, 18, 90)),
            line("lj-yucai", fibre("中国电信", 500, 100, 27, 25, 70)),
            line("lj-chengnan-xx", fibre("中国移动", 300, 50, 12, 10, 30)),
            line("lj-chengnan-cz", fibre("中国移动", 500, 100, 9, 9, 40)),
            line("qs-shiyan", fibre("中国电信", 300, 50, 12, 10, 30)),
            line("qs-yizhong", fibre("中国电信", 500, 100, 18, 15, 50)),
            line("qs-baisha", fibre("中国移动", 100, 20, 6, 4, 16)),
            new Line("qs-shimen-xx", fibre("中国电信", 100, 20, 6, 3, 10),
                    new ConnectivityDraft(AccessType.MOBILE, "中国移动", 50, 10, false, true, 6, 2, 8)),
            line("qs-shimen-jy", new ConnectivityDraft(AccessType.SATELLITE, "中国卫通", 20, 4, false, false, 9, 2, 6)),
            line("qs-liuping", new ConnectivityDraft(AccessType.NONE, null, null, null, false, false, 3, 0, 1)));

    private final ConnectivityRegistry registry;

    DemoConnectivity(ConnectivityRegistry registry) {
        this.registry = registry;
    }

    /** In the order the demo has always loaded, so every start makes the same rows with the same ids. */
    @Override
    public int order() {
        return 900;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.installation(), demo.places());
    }

    void load(Scope installation, Map<String, OrgId> places) {
        for (Line line : LINES) {
            OrgId school = places.get(line.key());
            if (line.earlier() != null) {
                registry.record(installation, school, line.earlier(), ChangeSource.DEMO, null);
            }
            registry.record(installation, school, line.now(), ChangeSource.DEMO, null);
        }
    }

    private static Line line(String key, ConnectivityDraft now) {
        return new Line(key, now, null);
    }

    private static ConnectivityDraft fibre(String provider, int down, int up, int classrooms, int multimedia,
                                           int terminals) {
        return new ConnectivityDraft(AccessType.FIBRE, provider, down, up, true, down >= 300, classrooms, multimedia,
                terminals);
    }
}
