package org.educloud.maintenance.equipment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.shared.DomainException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inventory on the page: the list of devices in reach (filtered by school, kind, status and text, a page at a
 * time), one device with its life story, the form that records or describes one, and the status moves.
 */
@Controller
class EquipmentPages {

    private static final int PAGE_SIZE = 25;

    private final Inventory inventory;
    private final MessageSource messages;

    EquipmentPages(Inventory inventory, MessageSource messages) {
        this.inventory = inventory;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", EquipmentKind.values());
        model.addAttribute("statuses", EquipmentStatus.values());
    }

    @GetMapping("/maintenance/equipment")
    String list(Scope scope, @RequestParam(required = false) @Nullable Long school,
                @RequestParam(required = false) @Nullable EquipmentKind kind,
                @RequestParam(required = false) @Nullable EquipmentStatus status,
                @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var results = inventory.list(scope, new EquipmentFilter(school, kind, status, q), page, PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("names", inventory.schoolNames(results.items()));
        model.addAttribute("school", school);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        if (htmx != null) {
            return "maintenance/equipment-list :: results";
        }
        model.addAttribute("schools", inventory.readableSchools(scope));
        List<OrgNodeView> editable = inventory.editableSchools(scope);
        model.addAttribute("mayRecord", !editable.isEmpty());
        model.addAttribute("importAt", importTarget(scope, editable));
        model.addAttribute("today", inventory.today());
        return "maintenance/equipment-list";
    }

    @GetMapping("/maintenance/equipment/new")
    String newDevice(Scope scope, @RequestParam(required = false) @Nullable Long school, Model model) {
        if (school != null) {
            inventory.editableSchool(scope, OrgId.of(school));
        }
        return form(scope, null, school, EquipmentInput.blank(), Map.of(), model);
    }

    @PostMapping("/maintenance/equipment")
    String record(Scope scope, @RequestParam(required = false) @Nullable Long school,
                  @ModelAttribute("form") EquipmentInput form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (school == null) {
            return form(scope, null, null, form, Map.of("school", message("maintenance.equipment.error.required",
                    List.of(), locale)), model);
        }
        inventory.editableSchool(scope, OrgId.of(school));
        EquipmentInput.Reading reading = form.read(inventory.today());
        if (reading.draft() == null) {
            return form(scope, null, school, form, errors(reading, locale), model);
        }
        try {
            long id = inventory.record(scope, OrgId.of(school), reading.draft());
            redirect.addFlashAttribute("notice", "maintenance.equipment.notice.recorded");
            return "redirect:/maintenance/equipment/" + id;
        } catch (FieldRuleViolationException refusal) {
            return form(scope, null, school, form, FormErrors.of(refusal, refusal.field(), messages, locale), model);
        }
    }

    @GetMapping("/maintenance/equipment/{id}")
    String device(Scope scope, @PathVariable long id, Model model) {
        EquipmentView device = inventory.find(scope, id);
        model.addAttribute("device", device);
        model.addAttribute("schoolName", inventory.schoolNames(List.of(device)).get(device.school()));
        model.addAttribute("history", inventory.history(scope, id));
        model.addAttribute("editable", inventory.editable(scope, device));
        model.addAttribute("moves", java.util.Arrays.stream(EquipmentStatus.values())
                .filter(device.status()::mayBecome).toList());
        model.addAttribute("today", inventory.today());
        return "maintenance/equipment";
    }

    @GetMapping("/maintenance/equipment/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        EquipmentView device = inventory.find(scope, id);
        if (!inventory.editable(scope, device)) {
            throw new org.educloud.shared.ForbiddenException("maintenance.equipment.error.readOnly");
        }
        return form(scope, device, device.school().value(), EquipmentInput.of(device), Map.of(), model);
    }

    @PostMapping("/maintenance/equipment/{id}")
    String revise(Scope scope, @PathVariable long id, @RequestParam int version,
                  @ModelAttribute("form") EquipmentInput form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        EquipmentView device = inventory.find(scope, id);
        if (!inventory.editable(scope, device)) {
            throw new org.educloud.shared.ForbiddenException("maintenance.equipment.error.readOnly");
        }
        EquipmentInput.Reading reading = form.read(inventory.today());
        if (reading.draft() == null) {
            return form(scope, device, device.school().value(), form, errors(reading, locale), model);
        }
        try {
            inventory.revise(scope, id, version, reading.draft());
        } catch (DomainException refusal) {
            if (refusal instanceof org.educloud.shared.NotFoundException
                    || refusal instanceof org.educloud.shared.ForbiddenException) {
                throw refusal;
            }
            String field = refusal instanceof FieldRuleViolationException f ? f.field() : "";
            return form(scope, device, device.school().value(), form,
                    FormErrors.of(refusal, field, messages, locale), model);
        }
        redirect.addFlashAttribute("notice", "maintenance.equipment.notice.saved");
        return "redirect:/maintenance/equipment/" + id;
    }

    @PostMapping("/maintenance/equipment/{id}/status")
    String move(Scope scope, @PathVariable long id, @RequestParam int version, @RequestParam EquipmentStatus status,
                @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        inventory.changeStatus(scope, id, version, status, note);
        redirect.addFlashAttribute("notice", "maintenance.equipment.notice.moved");
        return "redirect:/maintenance/equipment/" + id;
    }

    private String form(Scope scope, @Nullable EquipmentView device, @Nullable Long school, EquipmentInput form,
                        Map<String, String> errors, Model model) {
        model.addAttribute("device", device);
        model.addAttribute("school", school);
        model.addAttribute("schools", device == null ? inventory.editableSchools(scope) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "maintenance/equipment-form";
    }

    /** The node an import goes to: the caller's one school, or the bureau they serve. */
    private static @Nullable Long importTarget(Scope scope, List<OrgNodeView> editable) {
        var paths = EquipmentReach.editable(scope);
        if (paths.isEmpty()) {
            return null;
        }
        var top = paths.iterator().next();
        return top.ids().isEmpty() ? (editable.isEmpty() ? null : editable.getFirst().id().value())
                : top.ids().getLast().value();
    }

    private Map<String, String> errors(EquipmentInput.Reading reading, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (EquipmentInput.Problem p : reading.problems()) {
            errors.putIfAbsent(p.field(), message(p.messageKey(), p.arguments(), locale));
        }
        return errors;
    }

    private String message(String key, List<String> arguments, Locale locale) {
        return messages.getMessage(key, arguments.toArray(), locale);
    }
}
