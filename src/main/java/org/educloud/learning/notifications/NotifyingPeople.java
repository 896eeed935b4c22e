package org.educloud.learning.notifications;

import java.util.List;
import org.educloud.learning.AssignmentPublished;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.SubmissionGraded;
import org.educloud.roster.ClassId;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns learning facts into notifications after they are committed, on their own transaction: a failure here is
 * retried from the event registry and never undoes the fact.
 */
@Component
class NotifyingPeople {

    private final RosterDirectory roster;
    private final Inboxes notifications;

    NotifyingPeople(RosterDirectory roster, Inboxes notifications) {
        this.roster = roster;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(AssignmentPublished published) {
        List<StudentId> students = roster.roster(Scope.installation(), published.classId()).students().stream()
                .map(StudentView::id).toList();
        notifications.tell(accounts(students), NotificationKind.ASSIGNMENT_SET, published.title(),
                "/learning/assignments/" + published.assignmentId());
    }

    @ApplicationModuleListener
    void on(SubmissionGraded graded) {
        notifications.tell(accounts(List.of(graded.studentId())), NotificationKind.GRADED, graded.title(),
                "/learning/assignments/" + graded.assignmentId());
    }

    private List<Long> accounts(List<StudentId> students) {
        return roster.followersOf(students).stream().map(Follower::account).map(a -> a.value()).distinct().toList();
    }
}
