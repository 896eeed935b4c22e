package org.educloud.roster.oneroster.csv;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * The second pass of a OneRoster import, in the import's one transaction: upserts terms and classes, loads
 * people and enrolments with COPY into temporary tables and merges them set-wise by natural key (national
 * student number; school and staff number; student and class), creates the accounts new people need (waiting
 * for activation, no password hashing), applies a delta file's {@code tobedeleted} rows and records which row
 * each sourcedId became. Fields EduCloud keeps but OneRoster does not carry (ID number, ethnicity, equity
 * attributes) are left as they are.
 *
 * <p>The steps are each their own class: terms and classes ({@link OneRosterTermsAndClassesWriting}), people
 * ({@link OneRosterPeopleWriting}), enrolments ({@link OneRosterEnrolments}) and the sourcedId links
 * ({@link OneRosterLinkRecording}); this one runs them in order and times them.
 */
@Component
class OneRosterWriting {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OneRosterWriting.class);

    record Outcome(int created, int updated) {
    }

    private final IdentityManagement identity;
    private final EntityManager entityManager;
    private final OneRosterEnrolments enrolments;
    private final OneRosterSourceFacts sourceFacts;
    private final OneRosterTermsAndClassesWriting termsAndClasses;
    private final OneRosterPeopleWriting people;
    private final OneRosterLinkRecording linkRecording;

    OneRosterWriting(IdentityManagement identity, EntityManager entityManager, OneRosterEnrolments enrolments,
                     OneRosterSourceFacts sourceFacts, OneRosterTermsAndClassesWriting termsAndClasses,
                     OneRosterPeopleWriting people, OneRosterLinkRecording linkRecording) {
        this.identity = identity;
        this.entityManager = entityManager;
        this.enrolments = enrolments;
        this.sourceFacts = sourceFacts;
        this.termsAndClasses = termsAndClasses;
        this.people = people;
        this.linkRecording = linkRecording;
    }

    /**
     * Writes what the first pass read; {@code numbersGiven} are the 全国学籍号 the check against the database found
     * free for students EduCloud has without one (number to student id). Each step returns what the later ones
     * need (the ids it gave each sourcedId), so no step reads what another wrote into shared state.
     */
    Outcome write(Scope scope, OrgNodeView root, OneRosterRead set, Map<String, Long> numbersGiven,
                  OneRosterFileSet files, OneRosterLinks links, List<ImportProblem> warnings)
            throws OneRosterFileSet.Refused {
        entityManager.flush();
        long t0 = System.nanoTime();
        Map<String, Long> termIds = termsAndClasses.terms(root, set, links, warnings);
        OneRosterWritten classes = termsAndClasses.classes(set, termIds, links);
        Map<String, Long> classIds = classes.ids();
        long t1 = System.nanoTime();
        OneRosterWritten students = people.students(scope, set, numbersGiven, links);
        Map<String, Long> studentIds = students.ids();
        long t2 = System.nanoTime();
        OneRosterWritten staff = people.staff(scope, set);
        Map<String, Long> staffIds = staff.ids();
        OneRosterWritten guardians = people.guardians(scope, set, studentIds, links);
        Map<String, Long> guardianIds = guardians.ids();
        OneRosterWritten removed = people.deletedPeople(set, links);
        sourceFacts.keep(root, set, termIds, classIds, studentIds, staffIds, guardianIds);
        List<UserId> back = new ArrayList<>(students.accounts());
        back.addAll(staff.accounts());
        back.addAll(guardians.accounts());
        // People a delta removes cannot sign in any more; people a later file brings back can again.
        identity.setEnabledByImport(scope, removed.accounts(), false);
        identity.setEnabledByImport(scope, back, true);
        int created = 0;
        int updated = 0;
        for (OneRosterWritten step : List.of(classes, students, staff, guardians, removed)) {
            created += step.created();
            updated += step.updated();
        }
        long t3 = System.nanoTime();
        if (files.present("enrollments")) {
            OneRosterEnrolments.Counts changed = enrolments.write(set, files, classIds, studentIds, staffIds, links);
            created += changed.created();
            updated += changed.changed();
        }
        long t4 = System.nanoTime();
        linkRecording.record(root, termIds, classIds, studentIds, staffIds, guardianIds);
        LOG.info("OneRoster import into {} wrote terms and classes in {} ms, students {} ms, staff and guardians {} ms, "
                        + "enrolments {} ms, links {} ms", root.name(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4),
                ms(t4, System.nanoTime()));
        return new Outcome(created, updated);
    }

    static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
