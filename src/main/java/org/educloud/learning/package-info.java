/**
 * The learning space (人人通): assignments a teacher sets for the classes they teach, students' attempts with
 * text and files, grading with rubrics and written feedback returned when the teacher is ready, the gradebook,
 * and in-app notifications. Every learning fact is published as an event and as a
 * {@link org.educloud.records.LearningActivity} for the learning record store.
 *
 * <p>This package is the module's API: the facades other modules call ({@code Assignments}, {@code Submissions},
 * {@code Grading}, {@code Courses}, {@code Tasks}, {@code Notifications}, {@code LearningFigures}, {@code ExternalGrades}
 * for grade columns other sources put in the gradebook, {@code MissingWork}), the records and
 * enums in their signatures, and the published events. Everything else lives in vertical slices, internal to the
 * module: {@code access} (who the caller is), {@code assignments}, {@code submissions} (with the named submission
 * policies), {@code gradebook}, {@code lineitems}, {@code missing}, {@code courses}, {@code notifications},
 * {@code activity} and {@code files}, each with its storage and its own pages and JSON endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning space",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "records"})
@org.jspecify.annotations.NullMarked
package org.educloud.learning;
