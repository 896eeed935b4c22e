package org.educloud.records.xapi;

import java.time.Clock;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.educloud.records.LearningActivity;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the {@link LearningActivity} events of the platform's modules into statements, after the producer's
 * transaction commits and on another thread, so producing never waits for the LRS. The event publication registry
 * keeps each event until this listener's transaction commits: a crash or failure leaves it to be delivered again
 * (by platform's {@code IncompleteEventsRedelivery}, every minute), and the statement id (the activity id) makes a
 * second delivery a no-op, aggregates included.
 */
@Component
class LearningActivityProjection {

    static final String PLATFORM_CLIENT = "educloud-platform";
    private static final Logger LOG = LoggerFactory.getLogger(LearningActivityProjection.class);

    private final StatementStore store;
    private final DailyActivity daily;
    private final TenancyManagement tenancy;
    private final LearningStatements statements;
    private final Clock clock;
    private final String homePage;

    LearningActivityProjection(StatementStore store, DailyActivity daily, TenancyManagement tenancy, JsonMapper json,
                               RecordsProperties properties, Clock clock) {
        this.store = store;
        this.daily = daily;
        this.tenancy = tenancy;
        this.statements = new LearningStatements(json, properties);
        this.clock = clock;
        this.homePage = properties.homePage();
    }

    @ApplicationModuleListener
    void on(LearningActivity activity) {
        OrgNodeView school = tenancy.find(activity.school()).orElseThrow(() ->
                new IllegalStateException("learning activity " + activity.id() + " names unknown org "
                        + activity.school().value()));
        IntegrationCaller platform = new IntegrationCaller(PLATFORM_CLIENT, "EduCloud", school.path(),
                Set.of(IntegrationScope.XAPI_WRITE));
        // A producer bug (an invalid statement, an id reused for another fact) cannot be fixed by retrying, so it
        // is logged loudly and the event completes.
        ObjectNode statement = statements.statement(activity);
        try {
            StatementValidator.statement(statement);
        } catch (InvalidStatement e) {
            LOG.error("Learning activity {} cannot be recorded: {}", activity.id(), e.getMessage());
            return;
        }
        switch (store.storeOnce(statement, platform, XapiVersion.V2_0, homePage, school.path())) {
            case STORED -> daily.count(activity, school.path(), clock.getZone());
            case ALREADY_STORED -> LOG.debug("Learning activity {} was delivered again", activity.id());
            case CONFLICT -> LOG.error("Learning activity {} reuses the id of a different statement", activity.id());
        }
    }
}
