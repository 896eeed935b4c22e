package org.educloud.equity;

import java.util.NoSuchElementException;
import org.educloud.equity.digital.ComputingDigitalEquity;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What other modules' tests read of equity and equity's API does not offer: a school's line of the digital-equity
 * report (the demo's tests check that the demo's schools show use). They read it here, not from equity's slices.
 */
@Component
// for the whole application's tests: equity's module context stays as it was
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class EquityFixture {

    /** A school's digital use over the report's default period; a rate is null where nothing was measurable. */
    public record DigitalUse(long uses, long uploads, long pushes, long studentDays, @Nullable Double submissionRate,
                             @Nullable Double gradingRate) {
    }

    private final ComputingDigitalEquity digital;

    EquityFixture(ComputingDigitalEquity digital) {
        this.digital = digital;
    }

    /** The named school's line of the org's digital-equity report, as the viewer sees it; fails if it has none. */
    public DigitalUse digitalUse(Scope viewer, OrgId org, String schoolName) {
        return digital.report(viewer, org, null, null).schools().stream()
                .filter(line -> line.name().equals(schoolName))
                .map(line -> new DigitalUse(line.uses(), line.uploads(), line.pushes(), line.studentDays(),
                        line.submissionRate(), line.gradingRate()))
                .findFirst().orElseThrow(() -> new NoSuchElementException(schoolName + " is not on the report"));
    }
}
