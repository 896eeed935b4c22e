package org.educloud.assessment.statistics;

import java.time.Clock;
import org.educloud.assessment.ItemAnalysisOpened;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces that a quiz's own teacher opened its item analysis. Its own (writing) transaction, as the event
 * publication registry stores the event with it, and reading the analysis needs none.
 */
@Service
class AnalysisOpenings {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnalysisOpenings(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void opened(Scope scope, QuizView quiz) {
        if (quiz.teacherAccount() == scope.userId().value()) {
            events.publishEvent(new ItemAnalysisOpened(quiz.id(), scope.userId(), new OrgPath(quiz.schoolPath()),
                    clock.instant()));
        }
    }
}
