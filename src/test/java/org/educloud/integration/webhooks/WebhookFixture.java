package org.educloud.integration.webhooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.LiveFixtures;
import org.educloud.support.TenantFixture;
import org.educloud.support.ModuleTestContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A subscription on each fixture side's school, and one on the demo city's bureau, made once and switched off at
 * once (so no other test's events are queued for them): what the isolation matrix asks the other side about and
 * what the every-page test opens. Kept statically, as the isolation endpoints are plain objects built by the test.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class WebhookFixture {

    private static final LiveFixtures<WebhookFixture> LIVE = new LiveFixtures<>();

    private final Subscriptions subscriptions;
    private final IdentityManagement identity;
    private final Map<String, Long> made = new HashMap<>();

    WebhookFixture(Subscriptions subscriptions, IdentityManagement identity) {
        this.subscriptions = subscriptions;
        this.identity = identity;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    /** The side's subscription, named with the side's marker so that a list showing it to the other side is caught. */
    public synchronized long subscriptionOf(TenantFixture.Side side) {
        return made.computeIfAbsent(side.key(), key -> switchedOff(identity.scopeOf(side.person(Role.SCHOOL_ADMIN)),
                side.school().id(), "fx." + key + ".webhook"));
    }

    /** A subscription on the bureau the demo's city admin administers. */
    public synchronized long demoSubscription() {
        return made.computeIfAbsent("demo", key -> {
            Scope city = identity.scopeOf(identity.accountNamed("city.admin").orElseThrow());
            OrgId bureau = city.adminPaths().iterator().next().ids().getLast();
            return switchedOff(city, bureau, "城市数据中心");
        });
    }

    private long switchedOff(Scope scope, OrgId node, String name) {
        long id = subscriptions.subscribe(scope, node, name, "https://93.184.216.34/educloud-hook",
                List.of(EventKind.SURVEY_CONFIRMED)).subscription().id();
        subscriptions.disable(scope, id);
        return id;
    }

    public static WebhookFixture get() {
        return LIVE.current();
    }
}
