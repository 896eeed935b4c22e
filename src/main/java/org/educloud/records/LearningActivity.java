package org.educloud.records;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.educloud.roster.ClassId;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A fact of learning that a platform module publishes (as an application event, inside its own transaction);
 * the records module turns it into an xAPI statement asynchronously and counts it in the daily aggregates. The
 * {@code id} becomes the statement id, so a redelivered event is stored once.
 *
 * @param id          chosen by the producer once per fact (e.g. {@link UUID#randomUUID()} when the fact happens)
 * @param personId    the EduCloud person (student, teacher, parent) who acted
 * @param school      the school the person acted for; usage is counted per school
 * @param classId     the class in whose context it happened, when there is one
 * @param object      what the activity is about
 * @param result      the outcome, when the verb has one (for an answered question, the response in the
 *                    cmi.interaction format, and the object's interaction type)
 * @param registration groups the statements of one attempt or enrolment, when the producer has such a notion
 */
public record LearningActivity(UUID id, long personId, OrgId school, @Nullable ClassId classId, LearningVerb verb,
                               LearningObject object, @Nullable Outcome result, @Nullable UUID registration,
                               Instant occurredAt) {

    /** The resource, course, assignment, quiz or question, named in Chinese (and English, when known). */
    public record LearningObject(LearningObjectKind kind, String id, String nameZh, @Nullable String nameEn,
                                 @Nullable Long courseId, @Nullable String interactionType) {

        public LearningObject(LearningObjectKind kind, String id, String nameZh, @Nullable String nameEn,
                              @Nullable Long courseId) {
            this(kind, id, nameZh, nameEn, courseId, null);
        }
    }

    /** xAPI result: a scaled score in [-1, 1], raw and maximum points, success, completion and time spent. */
    public record Outcome(@Nullable Double scaled, @Nullable Double raw, @Nullable Double max,
                          @Nullable Boolean success, @Nullable Boolean completion, @Nullable Duration duration,
                          @Nullable String response) {

        public Outcome(@Nullable Double scaled, @Nullable Double raw, @Nullable Double max,
                       @Nullable Boolean success, @Nullable Boolean completion, @Nullable Duration duration) {
            this(scaled, raw, max, success, completion, duration, null);
        }
    }
}
