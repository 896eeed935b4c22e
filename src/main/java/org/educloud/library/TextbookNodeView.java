package org.educloud.library;

import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One node of a textbook tree, in tree order with its depth (0 = edition).
 *
 * @param path the names from the edition down to this node, joined for display (人教版 › 三年级上册 › 8 分数的初步认识)
 */
public record TextbookNodeView(long id, @Nullable Long parentId, TextbookLevel level, Subject subject, Stage stage,
                               @Nullable Integer grade, String name, int depth, String path) {
}
