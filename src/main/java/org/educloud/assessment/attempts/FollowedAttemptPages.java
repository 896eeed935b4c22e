package org.educloud.assessment.attempts;

import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A parent's read-only view of their child's finished attempt, linked from the child's quiz list. */
@Controller
class FollowedAttemptPages {

    private final FollowedAttempts followed;

    FollowedAttemptPages(FollowedAttempts followed) {
        this.followed = followed;
    }

    @GetMapping("/assessment/children/attempts/{attemptId}")
    String review(Scope scope, @PathVariable long attemptId, Model model) {
        FollowedAttempts.Review review = followed.review(scope, attemptId);
        model.addAttribute("sheet", review.sheet());
        model.addAttribute("childName", review.studentName());
        // the student's page, read-only: a finished attempt has no answer fields and no submit button
        model.addAttribute("teacher", false);
        return "assessment/attempt";
    }
}
