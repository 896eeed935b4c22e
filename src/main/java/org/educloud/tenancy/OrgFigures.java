package org.educloud.tenancy;

import java.util.Map;

/** Counts of active nodes below some point of the tree: bureaus, schools, and schools by locality and stage. */
public record OrgFigures(long districts, long schools, long teachingPoints, Map<Locality, Long> schoolsByLocality,
                         Map<Stage, Long> schoolsByStage) {

    public long schoolsIn(Locality locality) {
        return schoolsByLocality.getOrDefault(locality, 0L);
    }

    public long schoolsTeaching(Stage stage) {
        return schoolsByStage.getOrDefault(stage, 0L);
    }
}
