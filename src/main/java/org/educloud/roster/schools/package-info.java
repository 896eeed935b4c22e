/**
 * Questions about one school or a subtree as a whole: its terms and roster summary ({@code SchoolQueries}) and the head
 * counts that reports group by grade, title, qualification and specialism ({@code HeadCounts}), one grouped query per kind;
 * the school summary page ({@code SchoolPages}) and the terms and summary over JSON ({@code SchoolsApi}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.schools;
