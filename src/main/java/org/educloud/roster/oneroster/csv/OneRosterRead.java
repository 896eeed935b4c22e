package org.educloud.roster.oneroster.csv;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ClassKind;
import org.educloud.roster.Gender;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Specialist;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * What the first pass over a OneRoster set found valid, as the writing steps take it: the schools it names, its
 * terms, classes and people, each under its sourcedId in the files' order, what it says of staff and of people
 * beyond EduCloud's model, and how many rows and enrollment rows it has. Enrollments stay in the file: a million
 * of them are read twice rather than held in memory. Nothing here changes once read; what a writing step finds
 * out (the ids it gave, the numbers it handed on) it returns to the next.
 */
record OneRosterRead(Map<String, OrgNodeView> schools, Map<String, TermRow> terms, Map<String, ClassRow> classes,
                     Map<String, PersonRow> people, Map<String, StaffAttributes> staffAttributes,
                     Map<String, SourcePerson> sourcePeople, int rows, int enrollments) {

    OneRosterRead {
        schools = frozen(schools);
        terms = frozen(terms);
        classes = frozen(classes);
        people = frozen(people);
        staffAttributes = frozen(staffAttributes);
        sourcePeople = frozen(sourcePeople);
    }

    /** Rows read, enrollments included. */
    int size() {
        return rows;
    }

    /** A copy no one can change, in the order the files gave (which is the order rows are written in). */
    static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The kinds of users a set holds, each the OneRoster object it is linked and exported as. */
    enum PersonKind {
        STUDENT(OneRosterObject.STUDENT), STAFF(OneRosterObject.STAFF), GUARDIAN(OneRosterObject.GUARDIAN);

        private final OneRosterObject object;

        PersonKind(OneRosterObject object) {
            this.object = object;
        }

        OneRosterObject object() {
            return object;
        }
    }

    record TermRow(String sourcedId, String schoolYear, String name, LocalDate startsOn, LocalDate endsOn,
                   boolean deleted) {
    }

    record ClassRow(String sourcedId, String schoolSourcedId, String termSourcedId, int grade, String title,
                    ClassKind kind, String subject, boolean deleted) {
    }

    record PersonRow(long row, String sourcedId, PersonKind kind, String role, String schoolSourcedId, String identifier, String name,
                     @Nullable Gender gender, @Nullable LocalDate birthDate, @Nullable String phone,
                     List<String> agents, @Nullable Qualification qualification, @Nullable ProfessionalTitle title,
                     boolean deleted) {
    }

    /**
     * What the equity indicators count of a staff member, each null when the file does not say (then a new member
     * gets the column default and an existing one keeps theirs).
     */
    record StaffAttributes(@Nullable Boolean fullTimeTeacher, @Nullable BackboneLevel backboneLevel,
                           @Nullable Specialist specialist) {
    }

    /**
     * What the source says of a person beyond EduCloud's model, kept as given: the name's parts, email, username
     * and userIds (JSON), by sourcedId. Chinese names keep their one-name display; the parts are for OneRoster.
     */
    record SourcePerson(String givenName, String familyName, @Nullable String email, @Nullable String username,
                        @Nullable String userIds) {
    }

}
