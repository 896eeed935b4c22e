/**
 * Grade columns from other sources (quizzes, later LTI tools' line items) and their scores as stored, for the
 * gradebook and for the missing-work query; written through the root facade {@code ExternalGrades}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.lineitems;
