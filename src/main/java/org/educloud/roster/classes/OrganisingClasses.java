package org.educloud.roster.classes;

import org.educloud.roster.TermId;
import org.educloud.roster.ClassId;
import java.time.Clock;
import java.time.LocalDate;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.TermView;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Terms and classes: a bureau or school defines terms, a school opens classes with a head teacher. */
@Component
public class OrganisingClasses {

    private final TermRepository terms;
    private final SchoolClassRepository classes;
    private final StaffRepository staff;
    private final SchoolsInScope schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisingClasses(TermRepository terms, SchoolClassRepository classes, StaffRepository staff,
                      SchoolsInScope schools, ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.classes = classes;
        this.staff = staff;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    public TermView openTerm(Scope scope, OrgId org, String schoolYear, String name, LocalDate startsOn, LocalDate endsOn) {
        OrgNodeView node = schools.administered(scope, org);
        if (!schoolYear.matches("\\d{4}-\\d{4}") || !endsOn.isAfter(startsOn)) {
            throw new RuleViolationException("roster.error.termInvalid");
        }
        return terms.save(new Term(node.id(), node.path(), schoolYear, name.strip(), startsOn, endsOn)).view();
    }

    public SchoolClassView openClass(Scope scope, OrgId school, ClassDraft draft) {
        OrgNodeView node = schools.activeSchool(scope, school);
        Term term = terms.findById(draft.termId())
                .filter(t -> terms.applicableTo(node.path().value()).stream().anyMatch(a -> a.id() == t.id()))
                .orElseThrow(() -> new NotFoundException("roster.error.termNotFound"));
        if (draft.headTeacherId() != null) {
            staff.findById(draft.headTeacherId()).filter(s -> s.schoolPath().equals(node.path()))
                    .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        }
        if (classes.existsBySchoolIdAndTermIdAndName(node.id().value(), term.id(), draft.name().strip())) {
            throw new ConflictException("name", "roster.error.classNameTaken", draft.name().strip());
        }
        SchoolClass created = classes.save(new SchoolClass(node.id(), node.path(), term.id(), draft, clock.instant()));
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.class.opened",
                node.name() + " " + created.name(), node.path(), null));
        return new SchoolClassView(ClassId.of(created.id()), node.id(), node.name(), TermId.of(term.id()), term.view().schoolYear() + " "
                + term.view().name(), created.grade(), created.name(), created.kind(), null, 0);
    }
}
