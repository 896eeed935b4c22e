package org.educloud.equity.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.equity.RosterCounts;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.SurveyStatus;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Survey rows, read and written with parameterised SQL; every write checks the version it was read at. */
@Component
public class SurveyStore {

    private static final String COLUMNS = "id, school_id, school_path, school_year, status, teaching_area, "
            + "sports_ground_area, sports_hall_area, equipment_value, multimedia_classrooms, computers, library_books, "
            + "primary_students, junior_students, all_students, full_time_teachers, teachers_college_or_above, "
            + "teachers_bachelor_or_above, backbone_teachers, pe_arts_teachers, intermediate_title_teachers, "
            + "left_behind_students, migrant_students, disabled_students, counted_at, students_without_homeroom, "
            + "employed_staff, entered_by_name, entered_at, "
            + "submitted_by_name, submitted_at, confirmed_by_name, confirmed_at, returned_reason, version";

    /** A stored row; the school's name is the caller's to add. */
    public record Row(long id, OrgId school, OrgPath schoolPath, String schoolYear, SurveyStatus status,
               SurveyFigures figures, @Nullable RosterCounts counts, String enteredByName, Instant enteredAt,
               @Nullable String submittedByName, @Nullable Instant submittedAt, @Nullable String confirmedByName,
               @Nullable Instant confirmedAt, @Nullable String returnedReason, int version) {
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(OrgId school, String year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equity.school_survey WHERE school_id = ? AND school_year = ?")
                .params(school.value(), year).query(SurveyStore::row).optional();
    }

    /** Every survey of a year under a node, any status. */
    public List<Row> under(OrgPath path, String year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equity.school_survey WHERE school_year = ? AND school_path LIKE ? "
                        + "ORDER BY school_path")
                .params(year, path.likePattern()).query(SurveyStore::row).list();
    }

    /** Saves the figures of a new or editable survey as a draft; false when someone changed it meanwhile. */
    public boolean saveDraft(OrgId school, OrgPath path, String year, SurveyFigures f, long by, String byName,
                      Instant at, @Nullable Integer version) {
        if (version == null) {
            return jdbc.sql("""
                            INSERT INTO equity.school_survey (school_id, school_path, school_year, status, teaching_area,
                              sports_ground_area, sports_hall_area, equipment_value, multimedia_classrooms, computers,
                              library_books, entered_by, entered_by_name, entered_at)
                            VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (school_id, school_year) DO NOTHING""")
                    .params(school.value(), path.value(), year, f.teachingArea(), f.sportsGroundArea(),
                            f.sportsHallArea(), f.equipmentValue(), f.multimediaClassrooms(), f.computers(),
                            f.libraryBooks(), by, byName, Timestamp.from(at))
                    .update() == 1;
        }
        return jdbc.sql("""
                        UPDATE equity.school_survey SET status = 'DRAFT', teaching_area = ?, sports_ground_area = ?,
                          sports_hall_area = ?, equipment_value = ?, multimedia_classrooms = ?, computers = ?,
                          library_books = ?, entered_by = ?, entered_by_name = ?, entered_at = ?, version = version + 1
                        WHERE school_id = ? AND school_year = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')""")
                .params(f.teachingArea(), f.sportsGroundArea(), f.sportsHallArea(), f.equipmentValue(),
                        f.multimediaClassrooms(), f.computers(), f.libraryBooks(), by, byName, Timestamp.from(at),
                        school.value(), year, version)
                .update() == 1;
    }

    public boolean submit(long id, int version, RosterCounts c, String byName, Instant at) {
        return jdbc.sql("""
                        UPDATE equity.school_survey SET status = 'SUBMITTED', primary_students = ?, junior_students = ?,
                          all_students = ?, full_time_teachers = ?, teachers_college_or_above = ?,
                          teachers_bachelor_or_above = ?, backbone_teachers = ?, pe_arts_teachers = ?,
                          intermediate_title_teachers = ?, left_behind_students = ?, migrant_students = ?,
                          disabled_students = ?, counted_at = ?, students_without_homeroom = ?, employed_staff = ?,
                          submitted_by_name = ?, submitted_at = ?,
                          returned_reason = NULL, version = version + 1
                        WHERE id = ? AND version = ? AND status IN ('DRAFT', 'RETURNED')""")
                .params(c.primaryStudents(), c.juniorStudents(), c.allStudents(), c.fullTimeTeachers(),
                        c.teachersCollegeOrAbove(), c.teachersBachelorOrAbove(), c.backboneTeachers(),
                        c.peArtsTeachers(), c.intermediateTitleTeachers(), c.leftBehindStudents(),
                        c.migrantStudents(), c.disabledStudents(), Timestamp.from(at), c.studentsWithoutHomeroom(),
                        c.employedStaff(), byName,
                        Timestamp.from(at), id, version)
                .update() == 1;
    }

    public boolean confirm(long id, int version, String byName, Instant at) {
        return jdbc.sql("UPDATE equity.school_survey SET status = 'CONFIRMED', confirmed_by_name = ?, confirmed_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ? AND status = 'SUBMITTED'")
                .params(byName, Timestamp.from(at), id, version).update() == 1;
    }

    public boolean sendBack(long id, int version, String reason) {
        return jdbc.sql("UPDATE equity.school_survey SET status = 'RETURNED', returned_reason = ?, confirmed_by_name = NULL, "
                        + "confirmed_at = NULL, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status IN ('SUBMITTED', 'CONFIRMED')")
                .params(reason, id, version).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        SurveyFigures figures = new SurveyFigures(rs.getBigDecimal("teaching_area"),
                rs.getBigDecimal("sports_ground_area"), rs.getBigDecimal("sports_hall_area"),
                rs.getBigDecimal("equipment_value"), integer(rs, "multimedia_classrooms"), integer(rs, "computers"),
                integer(rs, "library_books"));
        RosterCounts counts = rs.getTimestamp("counted_at") == null ? null : new RosterCounts(
                rs.getInt("primary_students"), rs.getInt("junior_students"), rs.getInt("all_students"),
                rs.getInt("full_time_teachers"), rs.getInt("teachers_college_or_above"),
                rs.getInt("teachers_bachelor_or_above"), rs.getInt("backbone_teachers"), rs.getInt("pe_arts_teachers"),
                rs.getInt("intermediate_title_teachers"), integer(rs, "left_behind_students"),
                integer(rs, "migrant_students"), integer(rs, "disabled_students"), instant(rs, "counted_at"),
                integer(rs, "students_without_homeroom"), integer(rs, "employed_staff"));
        return new Row(rs.getLong("id"), OrgId.of(rs.getLong("school_id")), new OrgPath(rs.getString("school_path")),
                rs.getString("school_year"), SurveyStatus.valueOf(rs.getString("status")), figures, counts,
                rs.getString("entered_by_name"), instant(rs, "entered_at"), rs.getString("submitted_by_name"),
                instant(rs, "submitted_at"), rs.getString("confirmed_by_name"), instant(rs, "confirmed_at"),
                rs.getString("returned_reason"), rs.getInt("version"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
