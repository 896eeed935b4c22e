package org.educloud.portal.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.shared.Role;

/**
 * The main navigation of a person with some roles, grouped by the work it serves. Students and parents get a short
 * flat menu of their own pages (no org tree, no API tokens: they have no use for either); teachers their teaching;
 * admins the school-management, equity and system tasks of their reach. A page reachable through two roles (a
 * teacher who also runs the school) is listed once, in the first group that has it.
 */
final class Navigation {

    static final String TEACHING = "portal.nav.group.teaching";
    static final String RESOURCES = "portal.nav.group.resources";
    static final String MANAGEMENT = "portal.nav.group.management";
    static final String EQUITY = "portal.nav.group.equity";
    static final String SYSTEM = "portal.nav.group.system";

    private Navigation() {
    }

    static List<NavGroup> of(Set<Role> roles) {
        boolean admin = roles.stream().anyMatch(Role::administrative);
        boolean teacher = roles.contains(Role.TEACHER);
        boolean operator = roles.contains(Role.PLATFORM_OPERATOR);
        if (!admin && !teacher) {
            List<NavItem> items = new java.util.ArrayList<>(List.of(
                    item("portal.nav.home", "/home"),
                    item("portal.nav.learning", "/learning/assignments"),
                    item("assessment.nav.my", "/assessment/my"),
                    item("assessment.nav.exams", "/assessment/exams"),
                    item("portal.nav.courses", "/learning/courses"),
                    item("portal.nav.library", "/library"),
                    item("portal.nav.classes", "/roster/classes"),
                    item("schoolday.nav.timetable", "/schoolday/timetable"),
                    item("schoolday.nav.attendance", "/schoolday/attendance"),
                    item("homeschool.notices.title", "/homeschool/notices")));
            if (roles.contains(Role.PARENT)) {
                items.add(item("homeschool.messages.title", "/homeschool/messages"));
            }
            items.add(item("portal.nav.account", "/account"));
            return List.of(new NavGroup(null, items));
        }
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        if (teacher) {
            add(groups, listed, TEACHING, item("portal.nav.classes", "/roster/classes"),
                    item("portal.nav.students", "/roster/students"),
                    item("portal.nav.learning", "/learning/assignments"),
                    item("assessment.nav.quizzes", "/assessment/quizzes"),
                    item("assessment.nav.exams", "/assessment/exams"),
                    item("portal.nav.courses", "/learning/courses"),
                    item("schoolday.nav.timetable", "/schoolday/timetable"),
                    item("schoolday.nav.attendance", "/schoolday/attendance"));
            add(groups, listed, RESOURCES, item("portal.nav.library", "/library"),
                    item("assessment.nav.items", "/assessment/items"),
                    item("portal.nav.pushes", "/library/pushes"),
                    item("maintenance.nav.knowledge", "/maintenance/knowledge"),
                    item("maintenance.nav.equipment", "/maintenance/equipment"));
            add(groups, listed, TEACHING, item("development.nav.assessment", "/development/assessment"),
                    item("development.nav.programmes", "/development/programmes"),
                    item("development.nav.credits", "/development/credits"));
            add(groups, listed, TEACHING, item("homeschool.notices.title", "/homeschool/notices"),
                    item("homeschool.messages.title", "/homeschool/messages"));
        }
        if (admin) {
            add(groups, listed, TEACHING, item("portal.nav.learning", "/learning/assignments"),
                    item("portal.nav.courses", "/learning/courses"));
            add(groups, listed, RESOURCES, item("portal.nav.library", "/library"),
                    item("portal.nav.review", "/library/review"),
                    item("assessment.nav.reviews", "/assessment/reviews"),
                    item("portal.nav.curriculum", "/library/curriculum"));
            add(groups, listed, MANAGEMENT, item("portal.nav.orgs", "/orgs"),
                    item("portal.nav.classes", "/roster/classes"),
                    item("portal.nav.students", "/roster/students"),
                    item("portal.nav.staff", "/roster/staff"),
                    item("portal.nav.accounts", "/admin/accounts"),
                    item("schoolday.nav.timetable", "/schoolday/timetable"),
                    item("schoolday.nav.attendance", "/schoolday/attendance"));
            add(groups, listed, MANAGEMENT, item("homeschool.notices.title", "/homeschool/notices"));
            add(groups, listed, MANAGEMENT, item("assessment.nav.exams", "/assessment/exams"));
            add(groups, listed, EQUITY, item("portal.nav.equity", "/equity"),
                    item("portal.nav.learningActivity", "/learning/activity"),
                    item("portal.nav.records", "/admin/records"),
                    item("network.nav.dashboard", "/network/dashboard"));
            add(groups, listed, EQUITY, item("development.nav.reports", "/development/reports"),
                    item("development.nav.frameworks", "/development/frameworks"),
                    item("development.nav.programmes", "/development/programmes"),
                    item("development.nav.creditReview", "/development/credits/review"));
            add(groups, listed, SYSTEM, item("portal.nav.integrations", "/admin/integrations"),
                    item("identity.nav.oidcClients", "/admin/oidc-clients"),
                    item("integration.webhooks.title", "/admin/webhooks"),
                    item("integration.lti.tools.title", "/admin/lti-tools"),
                    item("portal.nav.audit", "/admin/audit"));
            if (operator) {
                add(groups, listed, SYSTEM, item("portal.nav.apiDocs", "/swagger-ui.html"));
            }
            add(groups, listed, SYSTEM, item("maintenance.nav.equipment", "/maintenance/equipment"),
                    item("maintenance.nav.knowledge", "/maintenance/knowledge"));
            if (operator || roles.contains(Role.REGION_ADMIN) || roles.contains(Role.DISTRICT_ADMIN)) {
                add(groups, listed, SYSTEM, item("maintenance.nav.platform", "/maintenance/platform"));
            }
        }
        List<NavGroup> navigation = new ArrayList<>();
        navigation.add(new NavGroup(null, List.of(item("portal.nav.home", "/home"))));
        groups.forEach((label, items) -> navigation.add(new NavGroup(label, items)));
        navigation.add(new NavGroup(null, List.of(item("portal.nav.account", "/account"))));
        return navigation;
    }

    private static void add(Map<String, List<NavItem>> groups, Set<String> listed, String group, NavItem... items) {
        for (NavItem item : items) {
            if (listed.add(item.href())) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
            }
        }
    }

    private static NavItem item(String labelKey, String href) {
        return new NavItem(labelKey, href);
    }
}
