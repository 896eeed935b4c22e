package org.educloud.homeschool.notices;

import java.util.Set;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Who may open a notice: its sender and the admins of its school see it with its receipts; the guardians of the
 * students in its classes see it to read and answer. Anyone else is told it does not exist, so ids reveal nothing.
 */
@Component
class NoticeAccess {

    private final NoticeStore store;
    private final Families families;

    NoticeAccess(NoticeStore store, Families families) {
        this.store = store;
        this.families = families;
    }

    Notice asSender(Scope scope, long id) {
        return store.find(id).filter(n -> sentOrAdministered(scope, n))
                .orElseThrow(() -> new NotFoundException("homeschool.error.noticeNotFound"));
    }

    Notice asGuardian(Scope scope, long id) {
        Set<Long> classes = families.childrensClasses(scope);
        return store.find(id).filter(n -> n.classes().stream().anyMatch(c -> classes.contains(c.classId())))
                .orElseThrow(() -> new NotFoundException("homeschool.error.noticeNotFound"));
    }

    /** Whether the caller may see this notice as its sender's side. */
    static boolean sentOrAdministered(Scope scope, Notice notice) {
        return notice.sender().equals(scope.userId()) || scope.canAdminister(notice.schoolPath());
    }
}
