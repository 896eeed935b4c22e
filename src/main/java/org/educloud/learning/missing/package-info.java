/**
 * Which students have not handed in work past its due time: assignments without a submission and gradebook columns
 * from other sources without a score, read for the root facade {@code MissingWork}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.missing;
