package org.educloud.development.frameworks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** A framework whole: its scale of levels and its dimensions, each with sub-dimensions and their indicators. */
public record FrameworkTree(Framework framework, List<Level> levels, List<Node> dimensions) {

    public record Level(int rank, String name, String nameEn, String description) {

        public String nameIn(Locale locale) {
            return chinese(locale) ? name : nameEn;
        }
    }

    /** A dimension, sub-dimension or indicator; {@code evidence} is set on indicators only. */
    public record Node(long id, ElementKind kind, String code, String name, String nameEn, String description,
                       List<Node> children, Set<EvidenceKind> evidence) {

        public String nameIn(Locale locale) {
            return chinese(locale) ? name : nameEn;
        }

        public Stream<Node> indicators() {
            return kind == ElementKind.INDICATOR ? Stream.of(this) : children.stream().flatMap(Node::indicators);
        }
    }

    public Stream<Node> indicators() {
        return dimensions.stream().flatMap(Node::indicators);
    }

    public Stream<Node> subDimensions() {
        return dimensions.stream().flatMap(d -> d.children().stream());
    }

    public int highestLevel() {
        return levels.size();
    }

    public boolean onScale(int level) {
        return level >= 1 && level <= levels.size();
    }

    private static boolean chinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }
}
