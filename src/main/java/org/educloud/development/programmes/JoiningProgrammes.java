package org.educloud.development.programmes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.CourseId;
import org.educloud.learning.LearnerProgress;
import org.educloud.learning.TeacherLearners;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher sees the programmes open to them (run by their school, district or region, and aimed at them) and those
 * they joined, and joins one. Any other programme does not exist for them.
 */
@Service
@Transactional
public class JoiningProgrammes {

    /** A programme as a teacher sees it: their own progress in it, if they joined. */
    public record Seen(Programme programme, List<ProgrammeSession> sessions, List<CourseLine> courses,
                       @Nullable Participant own) {

        public boolean joined() {
            return own != null;
        }
    }

    /** A course of the programme with the teacher's progress in the learning space, once they joined. */
    public record CourseLine(ProgrammeCourse course, @Nullable LearnerProgress progress) {
    }

    private final ProgrammeStore store;
    private final TeacherProfiles profiles;
    private final CompletingProgrammes completing;
    private final TeacherLearners learners;
    private final Clock clock;

    JoiningProgrammes(ProgrammeStore store, TeacherProfiles profiles, CompletingProgrammes completing,
                      TeacherLearners learners, Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.completing = completing;
        this.learners = learners;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Seen> open(Scope scope) {
        TeacherProfile profile = profiles.of(scope).orElse(null);
        Map<Long, Programme> shown = new LinkedHashMap<>();
        store.joinedBy(scope.userId().value()).forEach(p -> shown.put(p.id(), p));
        if (profile != null) {
            store.above(profile.schoolPath()).stream().filter(p -> !p.closed() && p.targets().admit(profile))
                    .forEach(p -> shown.putIfAbsent(p.id(), p));
        }
        List<Seen> seen = new ArrayList<>();
        shown.values().forEach(p -> seen.add(seen(scope, p, store.participant(p.id(), scope.userId().value()))));
        return seen;
    }

    @Transactional(readOnly = true)
    public Seen seen(Scope scope, long id) {
        Programme programme = store.find(id).orElseThrow(JoiningProgrammes::notFound);
        Participant own = store.participant(id, scope.userId().value());
        if (own == null && !admitted(scope, programme)) {
            throw notFound();
        }
        return seen(scope, programme, own);
    }

    private Seen seen(Scope scope, Programme programme, @Nullable Participant own) {
        List<ProgrammeCourse> courses = store.courses(programme.id());
        Map<CourseId, LearnerProgress> progress = own == null ? Map.of() : learners.progress(scope.userId(),
                courses.stream().map(c -> CourseId.of(c.courseId())).toList());
        return new Seen(programme, store.sessions(programme.id()), courses.stream()
                .map(c -> new CourseLine(c, progress.get(CourseId.of(c.courseId())))).toList(), own);
    }

    public void join(Scope scope, long id) {
        TeacherProfile profile = profiles.of(scope).orElseThrow(JoiningProgrammes::notFound);
        Programme programme = store.find(id).filter(p -> p.ownerPath().contains(profile.schoolPath())
                && p.targets().admit(profile)).orElseThrow(JoiningProgrammes::notFound);
        if (programme.closed() && store.participant(programme.id(), profile.account()) == null) {
            throw new ConflictException("programme", "development.programme.closedToJoining");
        }
        store.join(programme.id(), profile.account(), profile.name(), profile.schoolId(), profile.schoolPath(),
                clock.instant());
        completing.enrol(programme, List.of(profile.account()));
    }

    private boolean admitted(Scope scope, Programme programme) {
        return profiles.of(scope).filter(p -> programme.ownerPath().contains(p.schoolPath())
                && programme.targets().admit(p)).isPresent();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("development.error.programmeNotFound");
    }
}
