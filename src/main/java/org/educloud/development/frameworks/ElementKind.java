package org.educloud.development.frameworks;

import java.util.Optional;

/** The rows of a framework file: its levels, and the three tiers of its tree, each with its depth in the tree. */
public enum ElementKind {
    LEVEL("等级", 0), DIMENSION("维度", 1), SUB_DIMENSION("二级维度", 2), INDICATOR("指标", 3);

    private final String chinese;
    private final int depth;

    ElementKind(String chinese, int depth) {
        this.chinese = chinese;
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    public String chinese() {
        return chinese;
    }

    /** The kind a file's 类型 cell names, in Chinese as the template has it or by its English name. */
    static Optional<ElementKind> named(String text) {
        for (ElementKind kind : values()) {
            if (kind.chinese.equals(text) || kind.name().equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static Optional<ElementKind> ofDepth(int depth) {
        for (ElementKind kind : values()) {
            if (kind.depth == depth && kind != LEVEL) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
