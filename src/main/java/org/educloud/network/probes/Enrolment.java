package org.educloud.network.probes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a probe into service and out of it: an admin of the school (or of a bureau above it) issues a one-time
 * code, the probe trades the code for its credential once, and an admin revokes a probe when the machine is lost
 * or replaced. A closed school's probe is refused on every call (and works again if the school reopens).
 */
@Service
@Transactional
public class Enrolment {

    /** Refused enrolment: an unknown, used or expired code; the probe API answers 401 without saying which. */
    static final class CodeRefused extends RuntimeException {
        CodeRefused() {
            super("enrolment code refused", null, false, false);
        }
    }

    /** Refused enrolment or call: the probe's school is closed; the probe API answers 403. */
    static final class SchoolClosed extends RuntimeException {
        SchoolClosed() {
            super("school closed", null, false, false);
        }
    }

    private final ProbeStore probes;
    private final TenancyManagement tenancy;
    private final ProbeProperties properties;
    private final Clock clock;

    Enrolment(ProbeStore probes, TenancyManagement tenancy, ProbeProperties properties, Clock clock) {
        this.probes = probes;
        this.tenancy = tenancy;
        this.properties = properties;
        this.clock = clock;
    }

    /** The school the caller may manage probes of (they administer it); any other is not found. */
    @Transactional(readOnly = true)
    public OrgNodeView managedSchool(Scope scope, OrgId school) {
        return tenancy.find(school)
                .filter(node -> node.isSchool() && scope.canAdminister(node.path()))
                .orElseThrow(() -> new NotFoundException("network.probe.schoolNotFound"));
    }

    IssuedCode issueCode(Scope scope, OrgId schoolId) {
        OrgNodeView school = managedSchool(scope, schoolId);
        if (!school.isActive()) {
            throw new RuleViolationException("network.probe.schoolClosed");
        }
        String code = Secrets.enrolmentCode();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.codeValidity());
        probes.insertCode(school.id(), school.path(), Secrets.sha256(Secrets.normaliseCode(code)),
                scope.userId().value(), now, expires);
        return new IssuedCode(code, expires);
    }

    /** Trades a one-time code for a credential; the school's earlier probe, if any, is retired. */
    EnrolledProbe enrol(String typedCode, @Nullable String hostName, @Nullable String version) {
        Instant now = clock.instant();
        ProbeStore.Code code = probes.lockCode(Secrets.sha256(Secrets.normaliseCode(typedCode)))
                .filter(c -> c.usedAt() == null && c.expiresAt().isAfter(now))
                .orElseThrow(CodeRefused::new);
        OrgNodeView school = tenancy.find(code.school()).orElseThrow(CodeRefused::new);
        if (!school.isActive()) {
            throw new SchoolClosed();
        }
        probes.retireActive(school.id(), now, null);
        String credential = Secrets.credential();
        long id = probes.insertProbe(code, Secrets.sha256(credential), cut(hostName, 100), cut(version, 40), now);
        return new EnrolledProbe(id, school.id().value(), school.name(), credential);
    }

    @Transactional(readOnly = true)
    List<ProbeView> probes(Scope scope, OrgId school) {
        return probes.ofSchool(managedSchool(scope, school).id());
    }

    void revoke(Scope scope, long probeId) {
        probes.schoolPathOf(probeId).filter(scope::canAdminister)
                .orElseThrow(() -> new NotFoundException("network.probe.notFound"));
        probes.revoke(probeId, clock.instant(), scope.userId().value());
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
