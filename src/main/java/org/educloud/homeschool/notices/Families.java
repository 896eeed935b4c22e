package org.educloud.homeschool.notices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The families behind a class as the roster knows them today: each current student with their guardians' accounts.
 * A notice's readers are the guardians of the students in its classes when it is read, so a child who joins a class
 * later sees its open notices too.
 */
@Component
class Families {

    /** A student and the accounts of their guardians (none, if no guardian has an account). */
    record Family(StudentView student, List<UserId> guardians) {
    }

    private final RosterDirectory roster;

    Families(RosterDirectory roster) {
        this.roster = roster;
    }

    /** The families of a class the caller reaches (as its teacher or the school's admin); none if not. */
    List<Family> of(Scope scope, long classId) {
        ClassRoster members;
        try {
            members = roster.roster(scope, ClassId.of(classId));
        } catch (NotFoundException gone) {
            return List.of();
        }
        List<StudentId> ids = members.students().stream().map(StudentView::id).toList();
        Map<StudentId, List<UserId>> guardians = roster.followersOf(ids).stream().filter(Follower::guardian)
                .collect(Collectors.groupingBy(Follower::studentId,
                        Collectors.mapping(Follower::account, Collectors.toList())));
        List<Family> families = new ArrayList<>();
        for (StudentView student : members.students()) {
            families.add(new Family(student, guardians.getOrDefault(student.id(), List.of()).stream().distinct().toList()));
        }
        return families;
    }

    /** Every guardian account of these classes' students. */
    Set<UserId> guardiansOf(Scope scope, List<Long> classIds) {
        Set<UserId> accounts = new LinkedHashSet<>();
        classIds.forEach(id -> of(scope, id).forEach(f -> accounts.addAll(f.guardians())));
        return accounts;
    }

    /** The classes of a parent's children: where the notices they receive are addressed. */
    Set<Long> childrensClasses(Scope scope) {
        if (!scope.has(Role.PARENT)) {
            return Set.of();
        }
        Set<StudentId> children = roster.myChildren(scope).stream().map(StudentView::id).collect(Collectors.toSet());
        Set<Long> classes = new LinkedHashSet<>();
        for (SchoolClassView c : roster.myClasses(scope)) {
            boolean childInIt;
            try {
                childInIt = roster.roster(scope, c.id()).students().stream().anyMatch(s -> children.contains(s.id()));
            } catch (NotFoundException gone) {
                childInIt = false;
            }
            if (childInIt) {
                classes.add(c.id().value());
            }
        }
        return classes;
    }
}
