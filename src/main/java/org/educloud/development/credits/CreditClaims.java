package org.educloud.development.credits;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.educloud.development.support.EvidenceFiles;
import org.educloud.development.support.StoredEvidence;
import org.educloud.development.support.TeacherSchool;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReceivedFile;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual claims for hours the platform did not see: a teacher claims with one evidence file ({@link EvidenceFiles}:
 * PDF, JPEG or PNG as the bytes say, at most 5 MB, in the platform's file store); only an administrator of the
 * teacher's own school approves or
 * rejects it. Another school's administrator, a bureau above, or the teacher themself is refused (403); anyone who
 * administers nothing of it finds no claim (404).
 */
@Service
@Transactional
public class CreditClaims {

    private final CreditStore store;
    private final EvidenceFiles files;
    private final IdentityManagement identity;
    private final Clock clock;

    CreditClaims(CreditStore store, EvidenceFiles files, IdentityManagement identity, Clock clock) {
        this.store = store;
        this.files = files;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Records a claim with its evidence, received (read and checked) before this transaction began, so that no
     * connection waited on the teacher's upload.
     */
    public long submit(Scope scope, ClaimForm form, ReceivedFile evidence) {
        OrgPath school = TeacherSchool.of(scope).orElseThrow(() -> new NotFoundException("development.error.notATeacher"));
        EvidenceFiles.check(evidence, "evidence");
        return store.claim(scope.userId().value(), identity.self(scope.userId()).displayName(),
                school.ids().getLast().value(), school, Objects.requireNonNull(form.provider()).strip(),
                Objects.requireNonNull(form.course()).strip(), Objects.requireNonNull(form.takenOn()),
                Objects.requireNonNull(form.hours()), files.store(evidence), clock.instant());
    }

    /** The claims waiting for the caller's schools. */
    @Transactional(readOnly = true)
    public List<Claim> pending(Scope scope) {
        return store.pendingUnder(scope.adminPaths());
    }

    public void approve(Scope scope, long id) {
        Claim claim = decidable(scope, id);
        if (store.decide(claim.id(), ClaimStatus.APPROVED, scope.userId().value(), clock.instant())) {
            store.credit(claim.teacherAccount(), claim.teacherName(), claim.schoolId(), claim.schoolPath(),
                    claim.hours(), CreditSource.CLAIM, null, claim.id(), claim.provider(), claim.course(),
                    claim.takenOn(), scope.userId().value(), clock.instant());
        }
    }

    public void reject(Scope scope, long id) {
        Claim claim = decidable(scope, id);
        store.decide(claim.id(), ClaimStatus.REJECTED, scope.userId().value(), clock.instant());
    }

    /** The evidence, for the teacher who claimed and administrators over their school. */
    @Transactional(readOnly = true)
    public StoredEvidence evidence(Scope scope, long id) {
        Claim claim = store.findClaim(id).filter(c -> c.teacherAccount() == scope.userId().value()
                || scope.canAdminister(c.schoolPath())).orElseThrow(CreditClaims::notFound);
        return store.evidence(claim.id());
    }

    private Claim decidable(Scope scope, long id) {
        Claim claim = store.findClaim(id).orElseThrow(CreditClaims::notFound);
        if (scope.holds(Role.SCHOOL_ADMIN, claim.schoolPath()) && scope.userId().value() != claim.teacherAccount()) {
            return claim;
        }
        boolean concerned = scope.userId().value() == claim.teacherAccount() || scope.canAdminister(claim.schoolPath())
                || scope.has(Role.SCHOOL_ADMIN);
        if (concerned) {
            throw new ForbiddenException("development.claim.notYourSchool");
        }
        throw notFound();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("development.error.claimNotFound");
    }
}
