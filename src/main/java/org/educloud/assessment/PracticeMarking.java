package org.educloud.assessment;

import java.util.List;
import java.util.Map;

/**
 * A practice answer marked: the credit earned and, because practice is for learning, the correct answer and the
 * explanation at once.
 */
public record PracticeMarking(double credit, List<String> key, Map<String, String> pairs,
                              List<List<String>> acceptedBlanks, String explanation, List<Long> knowledgePoints) {

    public boolean correct() {
        return credit >= 1.0 - 1e-9;
    }
}
