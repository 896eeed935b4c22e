package org.educloud.tutoring.practice;

import java.util.Map;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Subject;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.springframework.stereotype.Component;

/** Knowledge points by id, from the catalogues in the caller's reach. */
@Component
public class KnowledgePointNames {

    private final Curriculum curriculum;

    KnowledgePointNames(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** Every knowledge point the caller's catalogues hold, by id, in catalogue order. */
    public Map<Long, KnowledgePointView> all(Scope scope) {
        Map<Long, KnowledgePointView> all = new java.util.LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            for (Subject subject : Subject.values()) {
                for (KnowledgePointView kp : curriculum.knowledgePoints(scope, subject, stage)) {
                    all.put(kp.id(), kp);
                }
            }
        }
        return all;
    }

    public String name(Scope scope, long knowledgePoint) {
        KnowledgePointView kp = all(scope).get(knowledgePoint);
        if (kp == null) {
            throw new NotFoundException("tutoring.error.knowledgePointNotFound");
        }
        return kp.name();
    }

}
