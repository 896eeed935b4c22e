package org.educloud.integration.lti.tools;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.links.LtiLink;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.LiveFixtures;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A tool registered on each fixture side's school (named with the side's marker, so a list showing it to the other
 * side is caught) with a lesson item in the side's class, and one on the demo city's bureau: what the isolation
 * matrix asks the other side about and what the every-page test opens. The tools' addresses are public ones that
 * no test ever calls.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class LtiFixture {

    private static final LiveFixtures<LtiFixture> LIVE = new LiveFixtures<>();

    private final ToolRegistrations registrations;
    private final LinkStore links;
    private final IdentityManagement identity;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final Map<String, Long> made = new HashMap<>();

    LtiFixture(ToolRegistrations registrations, LinkStore links, IdentityManagement identity,
               RosterDirectory roster, TenancyManagement tenancy) {
        this.roster = roster;
        this.tenancy = tenancy;
        this.registrations = registrations;
        this.links = links;
        this.identity = identity;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    /** Registers a tool as this admin, on this node. */
    public LtiTool register(Scope admin, OrgId node, String name, String base, boolean deepLinking) {
        return registrations.register(admin, node, new ToolDraft(name, null, base + "/login", base + "/launch",
                deepLinking ? base + "/deep-link" : null, base + "/launch\n" + base + "/deep-link", base + "/jwks"));
    }

    /**
     * Registers a tool with the paths a tool library chose: its login initiation, its launch (which also answers
     * deep-linking requests, the only redirect URI) and its keys, all under {@code base}.
     */
    public LtiTool register(Scope admin, OrgId node, String name, String base, String loginPath, String launchPath,
                            String keysPath) {
        return registrations.register(admin, node, new ToolDraft(name, null, base + loginPath, base + launchPath,
                base + launchPath, base + launchPath, base + keysPath));
    }

    /** Removes a tool as this admin, as its page's delete button does. */
    public void remove(Scope admin, long toolId) {
        registrations.remove(admin, toolId);
    }

    public synchronized long toolOf(TenantFixture.Side side) {
        return made.computeIfAbsent(side.key() + ".tool", key -> register(
                identity.scopeOf(side.person(Role.SCHOOL_ADMIN)), side.school().id(), "fx." + side.key() + ".lti",
                "https://93.184.216.34/fx-" + side.key(), true).id());
    }

    /** A lesson item of the side's tool in the side's class (no gradebook column: other tests count those). */
    public synchronized long linkOf(TenantFixture.Side side) {
        long tool = toolOf(side);
        return made.computeIfAbsent(side.key() + ".link", key -> links.insert(new LtiLink(0, tool,
                side.school().id().value(), side.school().path().value(), side.classId(), LtiLink.Kind.LESSON,
                side.courseId(), side.lessonId(), "fx." + side.key() + ".lti-item", null,
                side.person(Role.TEACHER).value(), Instant.now())));
    }

    /** A tool on the bureau the demo's city admin administers. */
    public synchronized long demoTool() {
        return made.computeIfAbsent("demo", key -> {
            Scope city = identity.scopeOf(identity.accountNamed("city.admin").orElseThrow());
            OrgId bureau = city.adminPaths().iterator().next().ids().getLast();
            return register(city, bureau, "城市数字实验室", "https://93.184.216.34/lab", true).id();
        });
    }

    /** A lesson item of the demo tool in this demo class, for the every-page test's launch. */
    public synchronized long demoLink(long classId) {
        long tool = demoTool();
        return made.computeIfAbsent("demo.link." + classId, key -> {
            if (classId <= 0) {
                return 0L; // an account without a class: its launch answers not found
            }
            var schoolClass = roster.roster(Scope.installation(), ClassId.of(classId)).schoolClass();
            var school = tenancy.find(schoolClass.schoolId()).orElseThrow();
            return links.insert(new LtiLink(0, tool, school.id().value(), school.path().value(), classId,
                    LtiLink.Kind.LESSON, null, null, "数字实验室：分数墙", null, 0, Instant.now()));
        });
    }

    public static LtiFixture get() {
        return LIVE.current();
    }
}
