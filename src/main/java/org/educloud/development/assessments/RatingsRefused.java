package org.educloud.development.assessments;

import java.util.List;
import java.util.Map;
import org.educloud.shared.RuleViolationException;

/** Ratings that cannot be saved, each problem by form field ("level_12", "note_12") as a message key with arguments. */
public class RatingsRefused extends RuleViolationException {

    /** One field's problem. */
    public record Problem(String messageKey, List<Object> arguments) {
    }

    private final Map<String, Problem> problems;

    public RatingsRefused(Map<String, Problem> problems) {
        super("development.rating.refused", problems.size());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
