package org.educloud.assessment.items;

import org.educloud.assessment.ItemType;

import java.util.List;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/** What a bank search narrows to; every part optional. */
public record ItemFilter(@Nullable String text, @Nullable Stage stage, @Nullable Subject subject,
                         @Nullable Integer grade, @Nullable ItemType type, @Nullable Integer difficulty,
                         @Nullable Long knowledgePoint, @Nullable ReviewStatus status, @Nullable Long author) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null);
    }

    String sql(List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (text != null && !text.isBlank()) {
            sql.append(" AND i.stem_text ILIKE ? ESCAPE '\\'");
            params.add("%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        add(sql, params, " AND i.stage = ?", stage == null ? null : stage.name());
        add(sql, params, " AND i.subject = ?", subject == null ? null : subject.name());
        add(sql, params, " AND i.grade = ?", grade);
        add(sql, params, " AND i.type = ?", type == null ? null : type.name());
        add(sql, params, " AND i.difficulty = ?", difficulty);
        add(sql, params, " AND i.status = ?", status == null ? null : status.name());
        add(sql, params, " AND i.author_account = ?", author);
        add(sql, params, " AND EXISTS (SELECT 1 FROM assessment.item_knowledge_point k WHERE k.item_id = i.id "
                + "AND k.knowledge_point_id = ?)", knowledgePoint);
        return sql.toString();
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, @Nullable Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }
}
