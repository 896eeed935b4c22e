package org.educloud.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resource with everything its page shows, and what the caller may do with it.
 *
 * @param description sanitised HTML, safe to render unescaped
 * @param textbookPath where in the textbook it belongs, or null (also when the reader does not see that node)
 * @param textbookNodeId that node, to browse the library from it
 */
public record ResourceDetail(ResourceView summary, String description, Licence licence,
                             @Nullable String textbookPath, @Nullable Long textbookNodeId,
                             List<KnowledgePointView> knowledgePoints,
                             List<String> tags, String language, @Nullable String linkUrl,
                             List<ResourceFileView> files, List<ReviewStepView> history, Actions actions) {

    /** The buttons the page offers this caller. */
    public record Actions(boolean edit, boolean submit, boolean schoolReview, boolean bureauReview,
                          boolean withdraw, boolean feature) {

        public boolean review() {
            return schoolReview || bureauReview;
        }
    }
}
