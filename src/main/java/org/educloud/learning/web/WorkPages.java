package org.educloud.learning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.Assignments;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.StudentWork;
import org.educloud.learning.Submissions;
import org.educloud.learning.Upload;
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
            var receipt = submissions.submit(scope, id, token, answer, uploads);
            redirect.addFlashAttribute("receipt", receipt);
            redirect.addFlashAttribute("notice", "learning.notice.submitted");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
            redirect.addFlashAttribute("answer", answer);
        }
        return "redirect:/learning/assignments/" + id;
    }

    @GetMapping("/learning/submissions/{id}/files/{fileId}")
    void submissionFile(Scope scope, @PathVariable long id, @PathVariable long fileId, HttpServletResponse response)
            throws IOException {
        Downloads.send(submissions.file(scope, id, fileId), response);
    }

    /** One student's work beside the grade form; without {@code student}, the first still waiting for a grade. */
    @GetMapping("/learning/assignments/{id}/grading")
    String grading(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long student,
                   Model model) {
        List<StudentWork> sheet = grading.sheet(scope, id);
        AssignmentDetail detail = assignments.detail(scope, id);
        int at = 0;
        for (int i = 0; i < sheet.size(); i++) {
            StudentWork work = sheet.get(i);
            if (student != null ? work.studentId() == student : work.latest() != null && work.grade() == null) {
                at = i;
                break;
            }
        }
        if (student != null && (sheet.isEmpty() || sheet.get(at).studentId() != student)) {
            throw new NotFoundException("learning.error.studentNotInClass");
        }
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.assignment());
        model.addAttribute("sheet", sheet);
        model.addAttribute("current", sheet.isEmpty() ? null : sheet.get(at));
        model.addAttribute("previous", at > 0 ? sheet.get(at - 1).studentId() : null);
        model.addAttribute("next", at + 1 < sheet.size() ? sheet.get(at + 1).studentId() : null);
        return "learning/grading";
    }

    @PostMapping("/learning/assignments/{id}/grades/{studentId}")
    String grade(Scope scope, @PathVariable long id, @PathVariable long studentId,
                 @RequestParam(required = false) @Nullable BigDecimal score,
                 @RequestParam(required = false) @Nullable List<Integer> levels,
                 @RequestParam(required = false) @Nullable String feedback,
                 @RequestParam(required = false) @Nullable MultipartFile feedbackFile,
                 @RequestParam(required = false) @Nullable Long next, RedirectAttributes redirect, Locale locale) {
        Upload file = feedbackFile == null || feedbackFile.isEmpty() ? null
                : new Upload(String.valueOf(feedbackFile.getOriginalFilename()), feedbackFile.getSize(), feedbackFile);
        try {
            grading.grade(scope, id, studentId, new GradeDraft(score, levels, feedback), file);
            redirect.addFlashAttribute("notice", "learning.notice.graded");
            long goTo = next != null ? next : studentId;
            return "redirect:/learning/assignments/" + id + "/grading?student=" + goTo;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/learning/assignments/" + id + "/grading?student=" + studentId;
        }
    }

    @PostMapping("/learning/assignments/{id}/release")
    String release(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        int released = grading.release(scope, id);
        redirect.addFlashAttribute("notice", released > 0 ? "learning.notice.released" : "learning.notice.nothingToRelease");
        return "redirect:/learning/assignments/" + id;
    }

    @GetMapping("/learning/assignments/{id}/grades/{studentId}/feedback-file")
    void feedbackFile(Scope scope, @PathVariable long id, @PathVariable long studentId, HttpServletResponse response)
            throws IOException {
        Downloads.send(grading.feedbackFile(scope, id, studentId), response);
    }
}
