package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A line item as AGS sends and answers it (application/vnd.ims.lis.v2.lineitem+json). */
record LineItemBody(@Nullable String id, @Nullable String label, @Nullable BigDecimal scoreMaximum,
                    @Nullable String resourceLinkId, @Nullable String resourceId, @Nullable String tag) {
}
