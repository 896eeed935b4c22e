/**
 * Intelligent tutoring: a model of what each student has mastered, per knowledge point of the library's curriculum
 * catalogue, kept up to date answer by answer and refitted from all scoped responses on a schedule, so that practice
 * can be aimed at the weakest knowledge point and teachers, parents and the bureau see where mastery falls behind.
 *
 * <p>So far the module holds only its kernel, {@code tracing} (Bayesian Knowledge Tracing in plain Java, no Spring);
 * the facades other modules will call, the storage of mastery and the wiring to answer events come next and will
 * live in this root and in further slices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tutoring",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "assessment", "records",
                "learning"})
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring;
