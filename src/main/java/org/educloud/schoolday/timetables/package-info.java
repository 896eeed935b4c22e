/**
 * Timetables: a school's bell schedule per term, each class's weekly lessons (subject, teacher, room per period),
 * changes for one date that keep the weekly lesson (调课/代课/停课), the clash checks that keep a teacher or a room in
 * one place at a time, the workbook import in the days × periods layout schools keep, and the week and today views.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.schoolday.timetables;
