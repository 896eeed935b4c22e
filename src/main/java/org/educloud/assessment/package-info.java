/**
 * Assessment: the item bank (questions of every common type, tagged with the library's knowledge points, versioned,
 * shared and reviewed like resources), quizzes a teacher sets to the classes they teach, and students' attempts with
 * every answer saved as it is given, a server-enforced time limit and scoring at submission.
 *
 * <p>This package is the module's API: the events other modules follow ({@link org.educloud.assessment.ItemAnswered},
 * one per scored answer, which the tutoring model learns from). Everything else lives in vertical slices:
 * {@code items} (the bank), {@code scoring} (the marking rules, pure), {@code quizzes}, {@code attempts} and
 * {@code analysis} (classical item analysis, pure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "learning", "records",
                "schoolday"})
@org.jspecify.annotations.NullMarked
package org.educloud.assessment;
