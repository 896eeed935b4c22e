package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/**
 * A training programme as pages show it: who runs it, what it credits, what completes it, and whether its organiser
 * closed it to joining.
 */
public record Programme(long id, long ownerId, OrgPath ownerPath, String name, String description,
                        BigDecimal creditHours, CompletionRule rule, @Nullable BigDecimal minHours, Targets targets,
                        @Nullable Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }

    /** The programme as its edit form starts from. */
    public ProgrammeForm form() {
        return new ProgrammeForm(name, description, creditHours, rule, minHours, targets.schoolId(), targets.stage(),
                targets.subject(), targets.title(), targets.gapDimension(), targets.gapBelow());
    }
}
