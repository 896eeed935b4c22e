package org.educloud.network.connectivity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.IdentityManagement;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.network.ConnectivityRegistry;
import org.educloud.network.ConnectivityView;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a school's declaration as its new current version: checked (field caps, then the rules between fields),
 * compared with the current version (an unchanged declaration opens no version), then the current version closed
 * and the new one opened at the same instant, with who did it. An audit entry says so.
 */
@Service
@Transactional
public class RecordingConnectivity implements ConnectivityRegistry {

    private final ConnectivityStore store;
    private final ConnectivityReach reach;
    private final IdentityManagement identity;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordingConnectivity(ConnectivityStore store, ConnectivityReach reach, IdentityManagement identity,
                          Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.identity = identity;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConnectivityView> current(Scope scope, OrgId school) {
        return store.current(reach.school(scope, school).id());
    }

    /** Every version of a school the caller reads, newest first. */
    @Transactional(readOnly = true)
    public List<ConnectivityView> history(Scope scope, OrgId school) {
        return store.history(reach.school(scope, school).id());
    }

    @Override
    public ConnectivityView record(Scope scope, OrgId school, ConnectivityDraft draft, ChangeSource source,
                                   @Nullable Long expectedVersion) {
        OrgNodeView node = reach.editableSchool(scope, school);
        check(draft);
        return recordChecked(scope, node, draft, source, expectedVersion, nameOf(scope))
                .or(() -> store.current(node.id())).orElseThrow();
    }

    /**
     * Records an already checked draft; empty when it equals the current version. On the form, a change made by
     * someone else since {@code expectedVersion} (the version the person saw) is a conflict, not overwritten.
     */
    Optional<ConnectivityView> recordChecked(Scope scope, OrgNodeView school, ConnectivityDraft draft,
                                             ChangeSource source, @Nullable Long expectedVersion, String changedBy) {
        Optional<ConnectivityView> current = store.currentForUpdate(school.id());
        Long seen = current.map(ConnectivityView::version).orElse(null);
        if (source == ChangeSource.FORM && !java.util.Objects.equals(seen, expectedVersion)) {
            throw new ConflictException("", "network.error.changedMeanwhile");
        }
        if (current.isPresent() && same(current.get().draft(), draft)) {
            return source == ChangeSource.FORM ? current : Optional.empty();
        }
        var now = clock.instant();
        current.ifPresent(c -> store.close(c.version(), now));
        try {
            store.open(school.id(), school.path(), draft, now, scope.userId().value(), changedBy, source);
        } catch (DuplicateKeyException raced) {
            // another change opened a current version between our read and our write
            throw new ConflictException("", "network.error.changedMeanwhile");
        }
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "network.connectivity.changed", school.name(),
                school.path(), source.name()));
        return store.current(school.id());
    }

    /** Field caps, then rules between fields; the first problem found is thrown, naming its field. */
    void check(ConnectivityDraft draft) {
        for (ConstraintViolation<ConnectivityDraft> violation : validator.validate(draft)) {
            throw new FieldRuleViolationException(violation.getPropertyPath().toString(),
                    violation.getMessageTemplate().replaceAll("[{}]", ""));
        }
        ConnectivityRules.check(draft);
    }

    String nameOf(Scope scope) {
        return scope.userId().value() == 0 ? "EduCloud" : identity.self(scope.userId()).displayName();
    }

    /** Equal declarations, a blank provider being none. */
    private static boolean same(ConnectivityDraft a, ConnectivityDraft b) {
        return a.accessType() == b.accessType() && java.util.Objects.equals(a.providerName(), b.providerName())
                && java.util.Objects.equals(a.contractedDownMbps(), b.contractedDownMbps())
                && java.util.Objects.equals(a.contractedUpMbps(), b.contractedUpMbps())
                && a.wiredCoverage() == b.wiredCoverage() && a.wirelessCoverage() == b.wirelessCoverage()
                && java.util.Objects.equals(a.classrooms(), b.classrooms())
                && java.util.Objects.equals(a.multimediaClassrooms(), b.multimediaClassrooms())
                && java.util.Objects.equals(a.teachingTerminals(), b.teachingTerminals());
    }
}
