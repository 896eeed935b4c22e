package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;

import java.time.Instant;
import java.util.List;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/** An item as the bank lists and shows it: its current version's content and where it stands. */
public record ItemView(long id, int version, ItemType type, Stage stage, Subject subject, @Nullable Integer grade,
                       int difficulty, String source, Sharing sharing, ReviewStatus status, long ownerId,
                       String ownerPath, String sharePath, long authorAccount, String authorName, List<Long> knowledgePoints,
                       ItemContent content, Instant updatedAt) {

    public String stemText() {
        String text = ItemMarkup.plain(content.stem());
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
