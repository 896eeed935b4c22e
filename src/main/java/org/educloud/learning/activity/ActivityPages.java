package org.educloud.learning.activity;

import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** School and bureau admins: how the learning space is used in their schools and classes. */
@Controller
class ActivityPages {

    private final SummarisingActivity activity;

    ActivityPages(SummarisingActivity activity) {
        this.activity = activity;
    }

    @GetMapping("/learning/activity")
    String summary(Scope scope, @RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("summary", activity.of(scope, days));
        return "learning/activity";
    }
}
