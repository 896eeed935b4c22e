package org.educloud.library.engagement;

import java.time.Clock;
import java.util.UUID;
import org.educloud.library.resources.Resource;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what a student does with a resource as a {@link LearningActivity} for the learning record store.
 * Only students: the record store's actor is a student record (a staff record's id could be mistaken for one).
 */
@Component
public class StudentActivity {

    private final RosterDirectory roster;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentActivity(RosterDirectory roster, ApplicationEventPublisher events, Clock clock) {
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    public void record(Scope scope, Resource resource, LearningVerb verb, LearningActivity.@Nullable Outcome result) {
        if (!scope.has(Role.STUDENT)) {
            return;
        }
        roster.learner(scope.userId()).ifPresent(student -> events.publishEvent(new LearningActivity(
                UUID.randomUUID(), student.studentId().value(), student.school(), null, verb,
                new LearningActivity.LearningObject(LearningObjectKind.RESOURCE, String.valueOf(resource.id()),
                        resource.title(), null, null), result, null, clock.instant())));
    }
}
