package org.educloud.assessment.attempts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.assessment.Response;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking quizzes on the page, and the teacher's results and grading. The page's autosave posts to this controller
 * rather than to the JSON API: the API takes personal tokens only, the page has the session and its CSRF token.
 */
@Controller
class AttemptPages {

    private final Attempts attempts;
    private final QuizResults results;
    private final RosterDirectory roster;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final Quizzes quizzes;
    private final ItemStore items;

    AttemptPages(Attempts attempts, QuizResults results, RosterDirectory roster, java.time.Clock clock,
                 org.springframework.context.MessageSource messages, Quizzes quizzes, ItemStore items) {
        this.quizzes = quizzes;
        this.items = items;
        this.clock = clock;
        this.messages = messages;
        this.attempts = attempts;
        this.results = results;
        this.roster = roster;
    }

    /** A student's quizzes; a parent's, one list per child they follow. */
    @GetMapping("/assessment/my")
    String mine(Scope scope, Model model) {
        Map<String, List<StudentQuiz>> lists = new LinkedHashMap<>();
        boolean student = scope.has(Role.STUDENT);
        if (student) {
            lists.put("", attempts.myQuizzes(scope));
        } else if (scope.has(Role.PARENT)) {
            for (FollowedStudent child : roster.followedStudents(scope)) {
                lists.put(child.name(), attempts.quizzesOf(scope, child.studentId().value()));
            }
        }
        model.addAttribute("lists", lists);
        model.addAttribute("student", student);
        model.addAttribute("now", java.time.Instant.now(clock));
        return "assessment/my";
    }

    @PostMapping("/assessment/my/quizzes/{quizId}/start")
    String start(Scope scope, @PathVariable long quizId, RedirectAttributes redirect) {
        try {
            return "redirect:/assessment/attempts/" + attempts.start(scope, quizId).attemptId();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return "redirect:/assessment/my";
        }
    }

    /**
     * The start button's script: the attempt page's address as JSON instead of a redirect, so the page can tell
     * a start that went through from the 503/429 of a class-wide rush, wait the Retry-After and try again.
     */
    @PostMapping(path = "/assessment/my/quizzes/{quizId}/start", headers = "X-Requested-With=fetch",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> startFromScript(Scope scope, @PathVariable long quizId, HttpServletRequest request) {
        return Map.of("location", request.getContextPath() + "/assessment/attempts/"
                + attempts.start(scope, quizId).attemptId());
    }

    @GetMapping("/assessment/attempts/{attemptId}")
    String sheet(Scope scope, @PathVariable long attemptId, Model model) {
        AttemptSheet sheet = attempts.sheet(scope, attemptId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("teacher", false);
        return "assessment/attempt";
    }

    /** One autosave from the page: the item's revision counter and the response, as the JSON API takes it. */
    record AnswerSave(@PositiveOrZero long revision, @NotNull Response response) {
    }

    @RequestMapping(path = "/assessment/attempts/{attemptId}/answers/{position}",
            method = {RequestMethod.PUT, RequestMethod.POST})
    @ResponseBody
    Map<String, Boolean> save(Scope scope, @PathVariable long attemptId, @PathVariable int position,
                              @Valid @RequestBody AnswerSave save) {
        return Map.of("stored", attempts.save(scope, attemptId, position, save.revision(), save.response()));
    }

    @PostMapping("/assessment/attempts/{attemptId}/submit")
    String submit(Scope scope, @PathVariable long attemptId, RedirectAttributes redirect) {
        attempts.submit(scope, attemptId);
        redirect.addFlashAttribute("notice", "assessment.notice.submittedAttempt");
        return "redirect:/assessment/attempts/" + attemptId;
    }

    @GetMapping("/assessment/quizzes/{quizId}/results")
    String results(Scope scope, @PathVariable long quizId,
                   @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("quizId", quizId);
        model.addAttribute("rows", results.results(scope, quizId));
        List<long[]> queue = results.queue(scope, quizId);
        model.addAttribute("waiting", queue.size());
        model.addAttribute("next", queue.isEmpty() ? null : queue.getFirst());
        return "assessment/results";
    }

    @GetMapping("/assessment/quizzes/{quizId}/attempts/{attemptId}")
    String attempt(Scope scope, @PathVariable long quizId, @PathVariable long attemptId, Model model) {
        AttemptSheet sheet = results.attempt(scope, quizId, attemptId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("teacher", true);
        // the reference answers and rubrics of the versions the quiz pinned, for grading written answers
        model.addAttribute("guides", items.versions(quizzes.managed(scope, quizId).items().stream()
                .map(i -> new ItemStore.ItemVersionRef(i.itemId(), i.version())).toList()));
        model.addAttribute("quizId", quizId);
        List<long[]> queue = new ArrayList<>(results.queue(scope, quizId));
        model.addAttribute("next", queue.stream().filter(q -> q[0] != attemptId).findFirst().orElse(null));
        model.addAttribute("waiting", queue.size());
        return "assessment/attempt";
    }

    /** A teacher's grade of a written answer; then on to the next answer waiting, or back to this attempt. */
    @PostMapping("/assessment/quizzes/{quizId}/attempts/{attemptId}/grades/{position}")
    String grade(Scope scope, @PathVariable long quizId, @PathVariable long attemptId, @PathVariable int position,
                 @RequestParam(required = false) @Nullable BigDecimal points,
                 @RequestParam(defaultValue = "") String comment, java.util.Locale locale,
                 RedirectAttributes redirect) {
        results.attempt(scope, quizId, attemptId);
        if (points == null) {
            redirect.addFlashAttribute("problem", "assessment.error.pointsMissing");
            return "redirect:/assessment/quizzes/" + quizId + "/attempts/" + attemptId + "#item-" + position;
        }
        try {
            results.grade(scope, quizId, attemptId, position, points, comment.strip());
        } catch (RuleViolationException e) {
            // the message names the item's points: resolved here, with its arguments
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/assessment/quizzes/" + quizId + "/attempts/" + attemptId + "#item-" + position;
        }
        redirect.addFlashAttribute("notice", "assessment.notice.graded");
        List<long[]> queue = results.queue(scope, quizId);
        long[] next = queue.stream().filter(q -> q[0] == attemptId).findFirst()
                .orElse(queue.isEmpty() ? null : queue.getFirst());
        return next == null ? "redirect:/assessment/quizzes/" + quizId + "/results"
                : "redirect:/assessment/quizzes/" + quizId + "/attempts/" + next[0] + "#item-" + next[1];
    }
}
