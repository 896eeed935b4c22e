/**
 * Self-assessment: a teacher rates themself on every indicator of a framework once per school year, beside the
 * evidence the platform already holds of their practice, and an administrator of their school may add a leader
 * review. Nobody else reads a teacher's assessment.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.assessments;
