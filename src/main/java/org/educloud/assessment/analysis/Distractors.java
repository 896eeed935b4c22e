package org.educloud.assessment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Counts each option's choices overall and in the upper and lower groups. */
final class Distractors {

    private Distractors() {
    }

    static List<OptionShare> of(ChoiceResponses choices, int students, @Nullable UpperLowerGroups groups) {
        List<String> options = choices.options();
        List<OptionShare> shares = new ArrayList<>(options.size());
        for (int o = 0; o < options.size(); o++) {
            int chosenBy = 0;
            double upper = 0;
            double lower = 0;
            for (int s = 0; s < students; s++) {
                if (choices.chose(s, o)) {
                    chosenBy++;
                    if (groups != null) {
                        upper += groups.upperWeight(s);
                        lower += groups.lowerWeight(s);
                    }
                }
            }
            Figure share = students == 0 ? Figure.undefined(Undefined.NO_STUDENTS)
                    : Figure.of((double) chosenBy / students);
            Figure noGroups = Figure.undefined(Undefined.tooFewStudents(students));
            Figure upperShare = groups == null ? noGroups : Figure.of(Moments.share(upper / groups.size()));
            Figure lowerShare = groups == null ? noGroups : Figure.of(Moments.share(lower / groups.size()));
            shares.add(new OptionShare(options.get(o), choices.isKey(o), chosenBy, share, upperShare, lowerShare));
        }
        return List.copyOf(shares);
    }
}
