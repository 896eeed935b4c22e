package org.educloud.development.programmes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What a programme's targets are checked against: the teacher's school and its stages, the subjects and title of
 * their staff record (none when the roster has no record linked to their account), and their self-assessed mean per
 * dimension of the national framework this school year.
 */
public record TeacherProfile(long account, String name, long schoolId, OrgPath schoolPath, Set<Stage> stages,
                             List<String> subjects, @Nullable ProfessionalTitle title,
                             Map<String, Double> dimensionMeans) {
}
