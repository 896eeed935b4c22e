/**
 * Exams a school sets for a grade (期中考试, 期末考试) and their score analysis (成绩分析): subjects with full marks and
 * pass and excellence lines, scores entered per class and subject on a page or from a workbook (all or nothing),
 * absentees (缺考) kept apart from 0, and the figures for a class, the grade and the school, per subject and total,
 * with ranks shown to students and parents only where the school allows it. The kernels ({@code ScoreKernel}) are
 * pure; an assignment's grades from the learning gradebook are analysed by the same kernels.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.exams;
