package org.educloud.tutoring.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.Response;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceLibrary;
import org.educloud.roster.FollowedStudent;
import org.educloud.shared.Scope;
import org.educloud.tutoring.practice.Practice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tutoring pages: mastery maps, practice, and the teacher's class heatmap with its early-warning list. */
@Controller
@RequestMapping("/tutoring")
class TutoringPages {

    private final MasteryReading reading;
    private final Practice practice;
    private final ResourceLibrary library;

    TutoringPages(MasteryReading reading, Practice practice, ResourceLibrary library) {
        this.reading = reading;
        this.practice = practice;
        this.library = library;
    }

    /** A student's own map, or a parent's child's (the first child unless one is chosen). */
    @GetMapping("/mastery")
    String mastery(Scope scope, @RequestParam(required = false) @Nullable Long student, Model model) {
        List<FollowedStudent> followed = reading.followed(scope);
        model.addAttribute("followed", followed);
        if (followed.isEmpty() && student == null) {
            return "tutoring/mastery";
        }
        // a student the caller does not follow is not found, whoever asks
        long chosen = student != null ? student : followed.getFirst().studentId().value();
        MasteryReading.StudentMap map = reading.forFollowed(scope, chosen);
        model.addAttribute("map", map);
        model.addAttribute("mayPractise", scope.has(org.educloud.shared.Role.STUDENT));
        if (map.suggested() != null) {
            var kp = map.suggested().point();
            model.addAttribute("resources", library.search(scope, new ResourceQuery(kp.name(), kp.stage(),
                    kp.subject(), null, null, null, null, null, false, ResourceQuery.Sort.RELEVANCE), 0, 5)
                    .hits().items());
        }
        return "tutoring/mastery";
    }

    @GetMapping("/practice/{knowledgePoint}")
    String practise(Scope scope, @PathVariable long knowledgePoint, Model model) {
        model.addAttribute("step", practice.current(scope, knowledgePoint));
        return "tutoring/practice";
    }

    /** An answer to the served item; the page shows whether it was right, the answer and the explanation. */
    @PostMapping("/practice/{knowledgePoint}")
    String answer(Scope scope, @PathVariable long knowledgePoint, @RequestParam long itemId,
                  @RequestParam(required = false) @Nullable List<String> chosen,
                  @RequestParam(required = false) @Nullable List<String> blanks,
                  @RequestParam(required = false) @Nullable List<String> order,
                  @RequestParam Map<String, String> form, Model model) {
        Map<String, String> pairs = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("pair_") && !value.isBlank() && pairs.size() < Response.MAX_PARTS) {
                pairs.put(name.substring(5), value);
            }
        });
        Response response = new Response(chosen == null ? List.of() : chosen, blanks == null ? List.of() : blanks,
                order == null ? List.of() : order, pairs, "");
        model.addAttribute("step", practice.answer(scope, knowledgePoint, itemId, response));
        return "tutoring/practice";
    }

    @GetMapping("/classes")
    String classes(Scope scope, Model model) {
        model.addAttribute("classes", reading.classes(scope));
        return "tutoring/classes";
    }

    @GetMapping("/classes/{classId}")
    String heatmap(Scope scope, @PathVariable long classId, Model model) {
        model.addAttribute("heatmap", reading.heatmap(scope, classId));
        return "tutoring/heatmap";
    }

    @GetMapping("/classes/{classId}/students/{studentId}")
    String student(Scope scope, @PathVariable long classId, @PathVariable long studentId, Model model) {
        model.addAttribute("map", reading.forStudentOfClass(scope, classId, studentId));
        model.addAttribute("classId", classId);
        model.addAttribute("followed", List.of());
        model.addAttribute("mayPractise", false);
        return "tutoring/mastery";
    }
}
