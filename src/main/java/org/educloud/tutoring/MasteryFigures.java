package org.educloud.tutoring;

import java.util.List;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;

/**
 * Mastery for decision-makers: per knowledge point, the mean mastery of urban, town and rural students and of
 * left-behind and migrant children against the others, under an org node the caller may see. The equity module
 * puts it beside its outcome figures.
 */
public interface MasteryFigures {

    /**
     * @param smallestGroup groups with fewer students are suppressed (the equity module's small-group rule)
     */
    List<MasteryGroup> byGroup(Scope scope, OrgPath under, int smallestGroup);
}
