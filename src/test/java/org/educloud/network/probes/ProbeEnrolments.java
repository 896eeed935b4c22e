package org.educloud.network.probes;

import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A probe brought into service as its page and its first call do it (the school's admin issues a one-time code, the
 * probe trades it for its credential), for the network module's test, whose context has no pages to click through.
 */
@Component
@Profile(ModuleTestContext.MODULE_TEST)
public class ProbeEnrolments {

    private final Enrolment enrolment;

    ProbeEnrolments(Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    /** Enrols a probe at the school with a code the admin issued; answers the probe's id. */
    public long enrol(Scope admin, OrgId school) {
        IssuedCode code = enrolment.issueCode(admin, school);
        return enrolment.enrol(code.code(), "module-test-probe", "test").probeId();
    }
}
