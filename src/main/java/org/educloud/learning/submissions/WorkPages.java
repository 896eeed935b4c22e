package org.educloud.learning.submissions;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.StudentWork;
import org.educloud.learning.Submissions;
import org.educloud.learning.Upload;
import org.educloud.learning.files.Downloads;
import org.educloud.roster.StudentId;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handing work in and grading it: a student's submit form, the teacher's grading view (one student at a time, next
 * and previous by keyboard), returning grades, and the files of attempts and feedback.
 */
@Controller
class WorkPages {

    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final MessageSource messages;

    WorkPages(Assignments assignments, Submissions submissions, Grading grading, MessageSource messages) {
        this.messages = messages;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
    }

    @PostMapping("/learning/assignments/{id}/submissions")
    String submit(Scope scope, @PathVariable long id, @RequestParam UUID token,
                  @RequestParam(required = false) @Nullable String answer,
                  @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                  RedirectAttributes redirect, Locale locale) {
        List<Upload> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty())
                .map(f -> new Upload(String.valueOf(f.getOriginalFilename()), f.getSize(), f)).toList();
        try {
            var receipt = submissions.submit(scope, AssignmentId.of(id), token, answer, uploads);
            redirect.addFlashAttribute("receipt", receipt);
            redirect.addFlashAttribute("notice", "learning.notice.submitted");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
            redirect.addFlashAttribute("answer", answer);
        }
        return "redirect:/learning/assignments/" + id;
    }

    /** An attempt's file; with {@code inline}, a photo or PDF to be shown in the grading page. */
    @GetMapping("/learning/submissions/{id}/files/{fileId}")
    void submissionFile(Scope scope, @PathVariable long id, @PathVariable long fileId,
                        @RequestParam(defaultValue = "false") boolean inline, HttpServletResponse response)
            throws IOException {
        if (inline) {
            Downloads.show(submissions.shown(scope, id, fileId), response);
        } else {
            Downloads.send(submissions.file(scope, id, fileId), response);
        }
    }

    /** One student's work beside the grade form; without {@code student}, the first still waiting for a grade. */
    @GetMapping("/learning/assignments/{id}/grading")
    String grading(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long student,
                   Model model) {
        AssignmentId assignment = AssignmentId.of(id);
        List<StudentWork> sheet = grading.sheet(scope, assignment);
        AssignmentDetail detail = assignments.detail(scope, assignment);
        int at = 0;
        for (int i = 0; i < sheet.size(); i++) {
            StudentWork work = sheet.get(i);
            if (student != null ? work.studentId().value() == student
                    : work.latest() != null && work.grade() == null) {
                at = i;
                break;
            }
        }
        if (student != null && (sheet.isEmpty() || sheet.get(at).studentId().value() != student)) {
            throw new NotFoundException("learning.error.studentNotInClass");
        }
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.assignment());
        model.addAttribute("sheet", sheet);
        StudentWork current = sheet.isEmpty() ? null : sheet.get(at);
        model.addAttribute("current", current);
        model.addAttribute("viewable", current == null || current.latest() == null ? java.util.Set.of()
                : submissions.withViewableCopies(scope, current.latest()));
        // "save and next" and the keys move between students who handed something in; the list reaches the rest
        model.addAttribute("previous", handedIn(sheet, at, -1));
        model.addAttribute("next", handedIn(sheet, at, 1));
        model.addAttribute("unreleased", sheet.stream().filter(w -> w.grade() != null && !w.grade().released())
                .count());
        return "learning/grading";
    }

    /** The nearest student before or after {@code at} (by {@code step}) who handed something in. */
    private static @Nullable StudentId handedIn(List<StudentWork> sheet, int at, int step) {
        for (int i = at + step; i >= 0 && i < sheet.size(); i += step) {
            if (sheet.get(i).latest() != null) {
                return sheet.get(i).studentId();
            }
        }
        return null;
    }

    @PostMapping("/learning/assignments/{id}/grades/{studentId}")
    String grade(Scope scope, @PathVariable long id, @PathVariable long studentId,
                 @RequestParam(required = false) @Nullable BigDecimal score,
                 @RequestParam(required = false) @Nullable List<Integer> levels,
                 @RequestParam(required = false) @Nullable String feedback,
                 @RequestParam(required = false) @Nullable MultipartFile feedbackFile,
                 @RequestParam(required = false) @Nullable Long next,
                 @RequestParam(defaultValue = "false") boolean release, RedirectAttributes redirect, Locale locale) {
        Upload file = feedbackFile == null || feedbackFile.isEmpty() ? null
                : new Upload(String.valueOf(feedbackFile.getOriginalFilename()), feedbackFile.getSize(), feedbackFile);
        try {
            AssignmentId assignment = AssignmentId.of(id);
            grading.grade(scope, assignment, StudentId.of(studentId), new GradeDraft(score, levels, feedback), file);
            if (release) {
                grading.release(scope, assignment, StudentId.of(studentId));
            }
            redirect.addFlashAttribute("notice", release ? "learning.notice.gradedReleased" : "learning.notice.graded");
            long goTo = next != null ? next : studentId;
            return "redirect:/learning/assignments/" + id + "/grading?student=" + goTo;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/learning/assignments/" + id + "/grading?student=" + studentId;
        }
    }

    /** Releases every grade given; from the grading page ({@code student} given), back to that student. */
    @PostMapping("/learning/assignments/{id}/release")
    String release(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long student,
                   RedirectAttributes redirect) {
        int released = grading.release(scope, AssignmentId.of(id));
        redirect.addFlashAttribute("notice", released > 0 ? "learning.notice.released" : "learning.notice.nothingToRelease");
        return student == null ? "redirect:/learning/assignments/" + id
                : "redirect:/learning/assignments/" + id + "/grading?student=" + student;
    }

    /** A grade's feedback file; with {@code inline}, an annotated photo shown in the student's and parent's page. */
    @GetMapping("/learning/assignments/{id}/grades/{studentId}/feedback-file")
    void feedbackFile(Scope scope, @PathVariable long id, @PathVariable long studentId,
                      @RequestParam(defaultValue = "false") boolean inline, HttpServletResponse response)
            throws IOException {
        var file = grading.feedbackFile(scope, AssignmentId.of(id), StudentId.of(studentId));
        if (inline) {
            Downloads.show(file, response);
        } else {
            Downloads.send(file, response);
        }
    }
}
