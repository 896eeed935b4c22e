package org.educloud.roster.oneroster.csv;

import java.time.LocalDate;
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
 * What the first pass over a OneRoster set found valid: the schools it names, its terms, classes and people,
 * each under its sourcedId, and how many enrollment rows it has. Enrollments stay in the file: a million of them
 * are read twice rather than held in memory.
 */
final class OneRosterSet {

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

    final Map<String, SourcePerson> sourcePeople = new java.util.HashMap<>();
    final Map<String, OrgNodeView> schools = new LinkedHashMap<>();
    /** Staff by sourcedId; kept beside {@link PersonRow} since only staff have them. */
    final Map<String, StaffAttributes> staffAttributes = new java.util.HashMap<>();
    final Map<String, TermRow> terms = new LinkedHashMap<>();
    final Map<String, ClassRow> classes = new LinkedHashMap<>();
    final Map<String, PersonRow> people = new LinkedHashMap<>();
    /**
     * 全国学籍号 the file gives students EduCloud has without one (found by their sourcedId), each free: number to
     * the student's id. The write pass gives them the number before merging by it.
     */
    final Map<String, Long> numbersGiven = new java.util.HashMap<>();
    int rows;
    int enrollments;

    int size() {
        return rows;
    }
}
