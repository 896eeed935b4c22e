package org.educloud.demo.schools;

import static org.educloud.tenancy.Locality.RURAL;
import static org.educloud.tenancy.Locality.TOWN;
import static org.educloud.tenancy.Locality.URBAN;
import static org.educloud.tenancy.Stage.JUNIOR;
import static org.educloud.tenancy.Stage.PRIMARY;

import java.util.List;
import java.util.Set;
import org.educloud.shared.Role;

/**
 * The demo's fixed content: a fictional city (江州市) with an urban district and a rural county, so the
 * urban–rural gap the platform exists to close is visible from the first start.
 */
public final class DemoInstallation {

    public static final String CITY = "江州市教育局";
    public static final String CITY_DIVISION = "360100";

    public record District(String key, String name, String division, List<DemoSchool> schools) {
    }

    public record DemoAccount(String username, String displayName, Role role, String placeKey, String phone) {
    }

    public static final List<District> DISTRICTS = List.of(
            new District("linjiang", "江州市临江区教育局", "360102", List.of(
                    new DemoSchool("lj-shiyan", "江州市临江区实验小学", "2136010101", Set.of(PRIMARY), URBAN, false,
                            "临江区滨江大道 18 号"),
                    new DemoSchool("lj-dier", "江州市临江区第二实验小学", "2136010102", Set.of(PRIMARY), URBAN, false,
                            "临江区人民路 233 号"),
                    new DemoSchool("lj-binjiang", "江州市临江区滨江中学", "2136010201", Set.of(JUNIOR), URBAN, false,
                            "临江区滨江大道 96 号"),
                    new DemoSchool("lj-yucai", "江州市临江区育才学校", "2136010301", Set.of(PRIMARY, JUNIOR), URBAN,
                            false, "临江区育才路 5 号"),
                    new DemoSchool("lj-chengnan-xx", "临江区城南镇中心小学", "2136010401", Set.of(PRIMARY), TOWN, false,
                            "临江区城南镇兴华街 12 号"),
                    new DemoSchool("lj-chengnan-cz", "临江区城南镇初级中学", "2136010402", Set.of(JUNIOR), TOWN, false,
                            "临江区城南镇文昌路 8 号"))),
            new District("qingshan", "江州市青山县教育局", "360121", List.of(
                    new DemoSchool("qs-shiyan", "青山县实验小学", "2136020101", Set.of(PRIMARY), TOWN, false,
                            "青山县城关镇府前路 3 号"),
                    new DemoSchool("qs-yizhong", "青山县第一初级中学", "2136020201", Set.of(JUNIOR), TOWN, false,
                            "青山县城关镇青山大道 66 号"),
                    new DemoSchool("qs-baisha", "青山县白沙镇中学", "2136020202", Set.of(JUNIOR), TOWN, false,
                            "青山县白沙镇白沙街 1 号"),
                    new DemoSchool("qs-shimen-xx", "青山县石门乡中心小学", "2136020301", Set.of(PRIMARY), RURAL, false,
                            "青山县石门乡石门村"),
                    new DemoSchool("qs-shimen-jy", "青山县石门乡九年一贯制学校", "2136020302", Set.of(PRIMARY, JUNIOR),
                            RURAL, false, "青山县石门乡新塘村"),
                    new DemoSchool("qs-liuping", "青山县石门乡柳坪教学点", "2136020303", Set.of(PRIMARY), RURAL, true,
                            "青山县石门乡柳坪村"))));

    /** Place keys: "" is the whole installation, "city" the city bureau, then district and school keys. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("operator", "平台运维 周敏", Role.PLATFORM_OPERATOR, "", "13900000001"),
            new DemoAccount("city.admin", "市教育局 陈建国", Role.REGION_ADMIN, "city", "13900000002"),
            new DemoAccount("linjiang.admin", "临江区教育局 刘芳", Role.DISTRICT_ADMIN, "linjiang", "13900000003"),
            new DemoAccount("qingshan.admin", "青山县教育局 杨帆", Role.DISTRICT_ADMIN, "qingshan", "13900000004"),
            new DemoAccount("shiyan.admin", "实验小学教务 孙丽", Role.SCHOOL_ADMIN, "lj-shiyan", "13900000005"),
            new DemoAccount("teacher.wang", "王老师", Role.TEACHER, "lj-shiyan", "13900000006"),
            new DemoAccount("teacher.li", "李老师", Role.TEACHER, "qs-shimen-xx", "13900000007"),
            new DemoAccount("teacher.chen", "陈老师", Role.TEACHER, "lj-dier", "13900000010"),
            new DemoAccount("teacher.zhao", "赵老师", Role.TEACHER, "qs-shiyan", "13900000011"),
            new DemoAccount("student.zhang", "张小明", Role.STUDENT, "lj-shiyan", "13900000008"),
            new DemoAccount("parent.zhang", "张建华", Role.PARENT, "lj-shiyan", "13900000009"),
            new DemoAccount("linjiang.ops", "临江区运维 黄涛", Role.OPERATIONS_STAFF, "linjiang", "13900000029"));

    /** Extra grants that show one person holding several roles: 李老师 also runs her small rural school. */
    public static final List<DemoAccount> EXTRA_GRANTS = List.of(
            new DemoAccount("teacher.li", "李老师", Role.SCHOOL_ADMIN, "qs-shimen-xx", ""));

    private DemoInstallation() {
    }
}
