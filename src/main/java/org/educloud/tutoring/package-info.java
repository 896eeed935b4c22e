/**
 * Intelligent tutoring: a model of what each student has mastered, per knowledge point of the library's curriculum
 * catalogue, kept up to date answer by answer and refitted from all scoped responses on a schedule, so that practice
 * can be aimed at the weakest knowledge point and teachers, parents and the bureau see where mastery falls behind.
 *
 * <p>The root holds what equity reads ({@code MasteryFigures} by {@code MasteryGroup}/{@code StudentGroup}); the slices
 * are {@code tracing} (the Bayesian Knowledge Tracing kernel in plain Java, no Spring), {@code mastery} (answers
 * turned into mastery as they arrive, the nightly refit and its replay), {@code practice} (the next item on the
 * weakest knowledge point), {@code views} (mastery maps and heatmaps) and {@code warnings}.
 *
 * <p>The {@code warnings} slice joins the mastery reasons with the learning space's missed work (through its root
 * facade {@code MissingWork}) into the early-warning list, and tells teachers and parents through the learning
 * space's {@code Notifications}: hence the dependency on {@code learning}. Chronic absence comes from the school
 * day's {@code AttendanceFigures} (schoolday depends on none of tutoring's dependents, so no cycle).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tutoring",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "assessment", "records",
                "learning", "schoolday"})
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring;
