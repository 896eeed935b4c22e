/**
 * The school-condition survey (办学条件) as people work on it: the survey form and the district's confirmation or
 * return (pages and JSON API), bulk submit/confirm for a bureau, and the all-or-nothing import of many schools'
 * surveys from CSV/XLSX. The {@code Surveys} facade in the module root keeps the workflow rules; its store and the
 * plausibility ceilings live here.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.surveys;
