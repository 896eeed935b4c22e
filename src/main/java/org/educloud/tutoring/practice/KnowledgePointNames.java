package org.educloud.tutoring.practice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/** Knowledge points by id, from the catalogues in the caller's reach, in one query. */
@Component
public class KnowledgePointNames {

    private final Curriculum curriculum;

    KnowledgePointNames(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** The knowledge points with these ids the caller's catalogues hold, by id. */
    public Map<Long, KnowledgePointView> byId(Scope scope, Collection<Long> ids) {
        Map<Long, KnowledgePointView> found = new LinkedHashMap<>();
        curriculum.knowledgePointsById(scope, ids).forEach(kp -> found.put(kp.id(), kp));
        return found;
    }

    public String name(Scope scope, long knowledgePoint) {
        KnowledgePointView kp = byId(scope, List.of(knowledgePoint)).get(knowledgePoint);
        if (kp == null) {
            throw new NotFoundException("tutoring.error.knowledgePointNotFound");
        }
        return kp.name();
    }

}
