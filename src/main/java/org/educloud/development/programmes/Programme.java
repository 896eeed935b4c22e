package org.educloud.development.programmes;

import java.math.BigDecimal;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A training programme as pages show it: who runs it, what it credits and what completes it. */
public record Programme(long id, long ownerId, OrgPath ownerPath, String name, String description,
                        BigDecimal creditHours, CompletionRule rule, @Nullable BigDecimal minHours, Targets targets) {
}
