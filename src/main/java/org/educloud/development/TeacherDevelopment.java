package org.educloud.development;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/**
 * What other modules (the demo installation, and later equity) may ask of teacher development: the frameworks'
 * indicators by code, and a teacher's self-assessment given in codes rather than the module's internal ids.
 */
@Service
public class TeacherDevelopment {

    private final Frameworks frameworks;
    private final SelfAssessments assessments;

    TeacherDevelopment(Frameworks frameworks, SelfAssessments assessments) {
        this.frameworks = frameworks;
        this.assessments = assessments;
    }

    /** The national framework JY/T 0646—2022's id. */
    public long nationalFramework() {
        return frameworks.national();
    }

    /** A framework's indicator codes in order ("1.1.1" … "5.2.2"), as the caller may see it. */
    public List<String> indicatorCodes(Scope scope, long framework) {
        return frameworks.tree(scope, framework).indicators().map(FrameworkTree.Node::code).toList();
    }

    /** Saves the caller's (a teacher's) ratings of this school year by indicator code, with notes by code. */
    public void selfAssess(Scope teacher, long framework, Map<String, Integer> levelsByCode,
                           Map<String, String> notesByCode) {
        Map<Long, Integer> levels = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        frameworks.tree(teacher, framework).indicators().forEach(indicator -> {
            Integer level = levelsByCode.get(indicator.code());
            if (level != null) {
                levels.put(indicator.id(), level);
            }
            String note = notesByCode.get(indicator.code());
            if (note != null) {
                notes.put(indicator.id(), note);
            }
        });
        assessments.rate(teacher, framework, levels, notes);
    }
}
