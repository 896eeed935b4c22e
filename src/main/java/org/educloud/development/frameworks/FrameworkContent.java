package org.educloud.development.frameworks;

import java.util.List;
import java.util.Set;

/** What a framework file holds once every row passed: its levels (ranks 1..n) and its elements in file order. */
public record FrameworkContent(List<Level> levels, List<Element> elements) {

    public FrameworkContent {
        levels = List.copyOf(levels);
        elements = List.copyOf(elements);
    }

    public record Level(int rank, String name, String nameEn, String description) {
    }

    /** One dimension, sub-dimension or indicator; its parent is the code without its last segment. */
    public record Element(ElementKind kind, String code, String name, String nameEn, String description,
                          Set<EvidenceKind> evidence) {

        public String parentCode() {
            int dot = code.lastIndexOf('.');
            return dot < 0 ? "" : code.substring(0, dot);
        }
    }

    public long count(ElementKind kind) {
        return elements.stream().filter(e -> e.kind() == kind).count();
    }
}
