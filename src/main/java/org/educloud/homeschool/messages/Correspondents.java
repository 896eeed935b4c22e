package org.educloud.homeschool.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * The school's rule of who may write to whom, read from the roster as it is now: a parent reaches the current
 * teachers (head and subject) of their children's classes, a teacher the guardians with an account of the students
 * in the classes they teach or lead. Nobody else is a contact, so a message to anyone else is "not found".
 */
@Component
class Correspondents {

    private final RosterDirectory roster;
    private final IdentityManagement identity;

    Correspondents(RosterDirectory roster, IdentityManagement identity) {
        this.roster = roster;
        this.identity = identity;
    }

    /** Everyone the caller may write to, one line per person (the first child and class that connect them). */
    List<Contact> of(Scope scope) {
        List<Pending> pending = new ArrayList<>();
        if (scope.has(Role.PARENT)) {
            pending.addAll(teachersOfChildren(scope));
        }
        if (scope.has(Role.TEACHER)) {
            pending.addAll(parentsOfStudents(scope));
        }
        Map<UserId, Pending> unique = new LinkedHashMap<>();
        pending.stream().filter(p -> !p.account().equals(scope.userId())).forEach(p -> unique.putIfAbsent(p.account(), p));
        Map<UserId, String> names = identity.displayNames(unique.keySet());
        return unique.values().stream().map(p -> new Contact(p.account(), names.getOrDefault(p.account(), "—"),
                p.student().name(), p.schoolClass().name(), p.schoolClass().schoolId(), p.callerIsTeacher())).toList();
    }

    /** The contact with this account, or not found: the caller may not write to them. */
    Contact get(Scope scope, UserId account) {
        return find(scope, account).orElseThrow(() -> new NotFoundException("homeschool.messages.notFound"));
    }

    Optional<Contact> find(Scope scope, UserId account) {
        return of(scope).stream().filter(c -> c.account().equals(account)).findFirst();
    }

    private record Pending(UserId account, StudentView student, SchoolClassView schoolClass, boolean callerIsTeacher) {
    }

    private List<Pending> teachersOfChildren(Scope scope) {
        Set<StudentId> children = roster.myChildren(scope).stream().map(StudentView::id).collect(Collectors.toSet());
        List<Pending> found = new ArrayList<>();
        for (SchoolClassView schoolClass : roster.myClasses(scope)) {
            Optional<ClassRoster> members = rosterOf(scope, schoolClass.id());
            Optional<StudentView> child = members.stream().flatMap(m -> m.students().stream())
                    .filter(s -> children.contains(s.id())).findFirst();
            if (child.isEmpty()) {
                continue;
            }
            roster.teacherAccountsOf(List.of(schoolClass.id())).getOrDefault(schoolClass.id(), List.of())
                    .forEach(teacher -> found.add(new Pending(teacher, child.get(), schoolClass, false)));
        }
        return found;
    }

    private List<Pending> parentsOfStudents(Scope scope) {
        List<Pending> found = new ArrayList<>();
        for (SchoolClassView schoolClass : roster.taughtClasses(scope)) {
            List<StudentView> students = rosterOf(scope, schoolClass.id()).map(ClassRoster::students).orElse(List.of());
            Map<StudentId, StudentView> byId = students.stream()
                    .collect(Collectors.toMap(StudentView::id, s -> s, (x, y) -> x, LinkedHashMap::new));
            for (Follower follower : roster.followersOf(byId.keySet())) {
                if (follower.guardian()) {
                    found.add(new Pending(follower.account(), byId.get(follower.studentId()), schoolClass, true));
                }
            }
        }
        return found;
    }

    private Optional<ClassRoster> rosterOf(Scope scope, ClassId classId) {
        try {
            return Optional.of(roster.roster(scope, classId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}
