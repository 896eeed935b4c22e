package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.educloud.learning.lineitems.LineItemStore;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grade columns that come from elsewhere (a quiz, an LTI tool's line item), shown in the class gradebook beside the
 * assignments. A column is known by its source, the source's own id and the class; the source has checked the
 * caller's right before it calls, and calls again whenever its truth changes (a regrade, a moved deadline).
 */
@Service
@Transactional
public class ExternalGrades {

    private final LineItemStore store;
    private final Clock clock;

    ExternalGrades(LineItemStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Puts a column in a class's gradebook, or changes its title, maximum, due time and link.
     *
     * @param link where a teacher opens the source's own results (a page of this installation), or null
     */
    public void putLineItem(GradeSource source, String sourceId, ClassId classId, String title, BigDecimal maxScore,
                            @Nullable Instant due, @Nullable String link) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            // the gradebook renders it as a link for teachers: only a page of this installation, never a script
            throw new IllegalArgumentException("A line item's link is a path of this installation: " + link);
        }
        store.put(source, sourceId, classId.value(), title, maxScore, due, link, clock.instant());
    }

    /**
     * Records or replaces a student's score in a column, as given at {@code scoredAt}; a score older than the one
     * stored is ignored (events may arrive out of order). {@code complete} is false while part of the work still
     * waits for the teacher. Answers false when the column does not exist (withdrawn) or the score was older.
     */
    public boolean putScore(GradeSource source, String sourceId, ClassId classId, StudentId studentId,
                            BigDecimal score, boolean complete, Instant scoredAt) {
        return store.score(source, sourceId, classId.value(), studentId.value(), score, complete, scoredAt);
    }

    /** Takes the source's columns out of every class's gradebook, with their scores. Answers how many went. */
    public int withdraw(GradeSource source, String sourceId) {
        return store.withdraw(source, sourceId);
    }
}
