package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The item editor's live preview: the form as it stands, through the same sanitiser the bank stores items with,
 * shown as the bank shows an item (formulas typeset by the page's KaTeX after the swap). What an author sees here
 * is what will be stored, so a stripped script or a foreign picture is gone from the preview too. Nothing is read
 * or written: the answer is made of what was posted.
 */
@Controller
class ItemPreviewPage {

    @PostMapping("/assessment/items/preview")
    String preview(Scope scope, @ModelAttribute("form") ItemForm form, Model model) {
        ItemBank.requireAuthor(scope);
        ItemContent content = null;
        try {
            ItemContent posted = form.content();
            content = posted.type() == null ? null : ItemSanitising.sanitised(posted);
        } catch (DomainException unreadable) {
            // a number the form cannot read: the preview waits until it can; saving names the problem
        }
        model.addAttribute("preview", content);
        return "assessment/fragments :: preview";
    }
}
