package org.educloud.library.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.library.CatalogueShelf;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.Subject;
import org.educloud.library.TextbookNodeView;
import org.educloud.library.resources.LibraryPages;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Browsing the library like a textbook, as teachers know it from the national platform: editions and their volumes
 * (册) first; a volume opens into its chapters (units), a chapter into its lessons; each shows how many published
 * resources it holds, and the chosen one lists them. Knowledge points list the resources tagged with them. The same
 * for signed-in people (their reach) and for the public portal (the installation's catalogue, public resources).
 */
@Component
class CatalogueBrowser {

    /** A line of the textbook tree: the node, the resources it holds with everything below, whether it is chosen. */
    record TreeLine(TextbookNodeView node, long count, boolean selected) {
    }

    /** A line of the knowledge point tree. */
    record PointLine(KnowledgePointView point, long count, boolean selected) {
    }

    private final Curriculum curriculum;
    private final ResourceLibrary library;

    CatalogueBrowser(Curriculum curriculum, ResourceLibrary library) {
        this.curriculum = curriculum;
        this.library = library;
    }

    void browse(@Nullable Scope scope, Subject subject, Stage stage, @Nullable Long node, @Nullable Long point,
                int page, Model model) {
        List<TextbookNodeView> textbook = curriculum.textbooks(scope, subject, stage);
        List<KnowledgePointView> points = curriculum.knowledgePoints(scope, subject, stage);
        Map<Long, Long> nodeCounts = library.shelfCounts(scope, subject, stage, CatalogueShelf.Level.TEXTBOOK);
        Map<Long, Long> pointCounts = library.shelfCounts(scope, subject, stage, CatalogueShelf.Level.KNOWLEDGE_POINT);
        Set<Long> open = openPath(textbook, node);
        model.addAttribute("tree", textbook.stream()
                .filter(n -> n.depth() <= 1 || (n.parentId() != null && open.contains(n.parentId())))
                .map(n -> new TreeLine(n, nodeCounts.getOrDefault(n.id(), 0L), Long.valueOf(n.id()).equals(node)))
                .toList());
        model.addAttribute("pointTree", points.stream()
                .map(k -> new PointLine(k, pointCounts.getOrDefault(k.id(), 0L), Long.valueOf(k.id()).equals(point)))
                .toList());
        model.addAttribute("shelf", null);
        if (node != null) {
            model.addAttribute("shelf", library.onShelf(scope, new CatalogueShelf(CatalogueShelf.Level.TEXTBOOK, subject,
                    stage, node), page, LibraryPages.PAGE_SIZE));
            model.addAttribute("shelfTitle", textbook.stream().filter(n -> n.id() == node).findFirst()
                    .map(TextbookNodeView::path).orElse(""));
        } else if (point != null) {
            model.addAttribute("shelf", library.onShelf(scope, new CatalogueShelf(CatalogueShelf.Level.KNOWLEDGE_POINT,
                    subject, stage, point), page, LibraryPages.PAGE_SIZE));
            model.addAttribute("shelfTitle", points.stream().filter(k -> k.id() == point).findFirst()
                    .map(KnowledgePointView::name).orElse(""));
        }
        model.addAttribute("node", node);
        model.addAttribute("point", point);
    }

    /** The chosen node and its ancestors: their children are shown, the rest of the tree stays folded. */
    private static Set<Long> openPath(List<TextbookNodeView> textbook, @Nullable Long node) {
        Set<Long> open = new HashSet<>();
        Long at = node;
        while (at != null && open.add(at)) {
            Long current = at;
            at = textbook.stream().filter(n -> n.id() == current).findFirst().map(TextbookNodeView::parentId)
                    .orElse(null);
        }
        return open;
    }
}
