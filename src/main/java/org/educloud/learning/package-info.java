/**
 * The learning space (人人通): assignments a teacher sets for the classes they teach, students' attempts with
 * text and files, grading with rubrics and written feedback returned when the teacher is ready, the gradebook,
 * and in-app notifications. Every learning fact is published as an event and as a
 * {@link org.educloud.records.LearningActivity} for the learning record store.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning space",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "records"})
@org.jspecify.annotations.NullMarked
package org.educloud.learning;
