package org.educloud.library;

import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/** A knowledge point of a subject and stage, with its stable code (quizzes and tutoring tag items with it). */
public record KnowledgePointView(long id, Subject subject, Stage stage, String code, String name,
                                 @Nullable Long parentId, int depth) {
}
