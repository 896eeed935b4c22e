package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import org.educloud.assessment.Response;
import org.jspecify.annotations.Nullable;

/** A stored answer to one quiz position, with its marking once scored. */
public record SavedAnswer(int position, Response response, long revision, @Nullable BigDecimal credit,
                          @Nullable BigDecimal points, boolean awaitsTeacher, String comment) {
}
