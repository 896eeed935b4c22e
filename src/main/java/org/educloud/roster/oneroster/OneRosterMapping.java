package org.educloud.roster.oneroster;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.educloud.roster.GuardianRelation;

/**
 * EduCloud's roster tables as OneRoster fields, once, as SQL expressions over a table alias: the CSV export and the
 * REST collections both select through them, so a sourcedId form, a vocabulary value or a date convention is
 * changed here and travels both ways alike (docs/oneroster-mapping.md, ADR 0023). What only one binding has
 * (REST's status and dateLastModified, a bulk file's blank ones) stays with that binding.
 */
public final class OneRosterMapping {

    /** Grade 1 to 12 (the column's check) as the course title; index 1 is 一年级. */
    private static final String GRADE_TITLES =
            "(ARRAY['一年级','二年级','三年级','四年级','五年级','六年级','七年级','八年级','九年级','高一','高二','高三'])";

    private OneRosterMapping() {
    }

    /**
     * An object's sourcedId: the one its source gave when an import kept it ({@code source_id}), else EduCloud's
     * own, made of the kind's prefix and the row's id.
     */
    public static String sourcedId(OneRosterObject kind, String alias, String idColumn) {
        return "COALESCE(" + alias + ".source_id, " + ownSourcedId(kind, idColumn) + ")::text";
    }

    /**
     * EduCloud's own sourcedId of a row: the kind's prefix and the id. The prefix is a constant of the enum (letters
     * and dashes only, checked there), written as a literal rather than bound: the same expression goes into
     * queries with positional and with named parameters, and into the UNIONs and views of the REST collections.
     */
    public static String ownSourcedId(OneRosterObject kind, String idColumn) {
        return "'" + kind.prefix() + "' || " + idColumn;
    }

    public static String sourcedId(OneRosterObject kind, String alias) {
        return sourcedId(kind, alias, alias + ".id");
    }

    /** Orgs are the tenancy module's nodes, always under EduCloud's id. */
    public static String org(String orgIdColumn) {
        return ownSourcedId(OneRosterObject.ORG, orgIdColumn);
    }

    /** Grades are two digits, as the CEDS grade list writes them. */
    public static String grade(String classAlias) {
        return "lpad(" + classAlias + ".grade::text, 2, '0')";
    }

    /** A course is one grade of one school in one school year; EduCloud has no course table. */
    public static String course(String classAlias, String termAlias) {
        return ownSourcedId(OneRosterObject.COURSE, classAlias + ".school_id")
                + " || '-' || " + termAlias + ".school_year || '-g' || "
                + grade(classAlias);
    }

    public static String courseTitle(String classAlias) {
        return GRADE_TITLES + "[" + classAlias + ".grade]";
    }

    public static String courseCode(String classAlias) {
        return "'G' || " + grade(classAlias);
    }

    /** A school year is an academic session of its own, parent of its terms. */
    public static String schoolYear(String termAlias) {
        return ownSourcedId(OneRosterObject.SCHOOL_YEAR, termAlias + ".school_year");
    }

    public static String classType(String classAlias) {
        return "CASE " + classAlias + ".kind WHEN 'HOMEROOM' THEN 'homeroom' ELSE 'scheduled' END";
    }

    /** OneRoster's sex; a staff member's unstated one (no indicator counts it) is unspecified. */
    public static String sex(String personAlias) {
        return "(CASE " + personAlias + ".gender WHEN 'MALE' THEN 'male' WHEN 'FEMALE' THEN 'female' "
                + "ELSE 'unspecified' END)::text";
    }

    /**
     * Whether a guardianship's relation makes the guardian a parent (OneRoster's role {@code parent}, else
     * {@code guardian}); the relations are the enum's, written out as SQL literals since they are constants.
     */
    public static String isParent(String relationColumn) {
        return relationColumn + " IN (" + Arrays.stream(GuardianRelation.values()).filter(GuardianRelation::isParent)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** OneRoster end dates are exclusive, EduCloud's inclusive: the day after. */
    public static String endDate(String dateColumn) {
        return dateColumn + " + 1";
    }
}
