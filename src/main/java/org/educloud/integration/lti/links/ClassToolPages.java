package org.educloud.integration.lti.links;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A class's tools: its lesson items and tool assignments, each opened by a launch; its teachers also add a tool as
 * an assignment here (lesson items are added from the lesson, {@link LessonToolPages}).
 */
@Controller
@RequestMapping("/lti/classes/{classId}")
class ClassToolPages {

    private final Placements placements;
    private final ClassAccess access;
    private final ToolStore tools;
    private final MessageSource messages;

    ClassToolPages(Placements placements, ClassAccess access, ToolStore tools, MessageSource messages) {
        this.placements = placements;
        this.access = access;
        this.tools = tools;
        this.messages = messages;
    }

    @GetMapping
    String page(Scope scope, @PathVariable long classId, Model model) {
        ClassAccess.ClassContext context = access.of(scope, classId);
        List<LtiLink> links = placements.ofClass(scope, classId);
        List<LtiTool> reachable = context.instructs() ? tools.reaching(context.schoolPath()) : List.of();
        Map<Long, String> toolNames = links.stream().map(LtiLink::toolId).distinct()
                .flatMap(id -> tools.find(id).stream())
                .collect(Collectors.toMap(LtiTool::id, LtiTool::name));
        model.addAttribute("schoolClass", context.schoolClass());
        model.addAttribute("instructs", context.instructs());
        model.addAttribute("lessonItems", links.stream()
                .filter(l -> l.kind() == LtiLink.Kind.LESSON || l.kind() == LtiLink.Kind.WEB).toList());
        model.addAttribute("assignments", links.stream().filter(l -> l.kind() == LtiLink.Kind.ASSIGNMENT).toList());
        model.addAttribute("toolNames", toolNames);
        model.addAttribute("tools", reachable);
        return "integration/lti-class";
    }

    @PostMapping("/assignments")
    String addAssignment(Scope scope, @PathVariable long classId, @RequestParam(required = false) @Nullable Long toolId,
                         @RequestParam(required = false) @Nullable String title,
                         @RequestParam(required = false) @Nullable BigDecimal maxScore, Locale locale, Model model,
                         RedirectAttributes redirect) {
        try {
            if (toolId == null) {
                throw new RuleViolationException("integration.lti.error.tool");
            }
            placements.addAssignment(scope, classId, toolId, title == null ? "" : title, maxScore);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(scope, classId, model);
        }
        redirect.addFlashAttribute("notice", "integration.lti.notice.assignmentAdded");
        return "redirect:/lti/classes/" + classId;
    }
}
