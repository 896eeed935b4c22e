package org.educloud.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.assessment.items.ItemReach;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.items.Shuffling;
import org.educloud.assessment.scoring.Scoring;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.springframework.stereotype.Service;

/**
 * Items for a student's practice, for the tutoring module: drawn from the published banks of the student's school
 * and the bureaus above it (never from a teacher's private items), objective types only, served without their key,
 * and marked with the key and explanation shown afterwards.
 */
@Service
public class PracticeItems {

    private final ItemStore items;

    PracticeItems(ItemStore items) {
        this.items = items;
    }

    /** An item on the knowledge point near the difficulty, not one of {@code leaveOut}; empty when none is left. */
    public Optional<PracticeItem> draw(OrgPath school, long knowledgePoint, int difficulty, Collection<Long> leaveOut) {
        return items.forPractice(knowledgePoint, ItemReach.lineage(school), Math.clamp(difficulty, 1, 5), leaveOut, 1)
                .stream().findFirst().map(PracticeItems::served);
    }

    /** The item at the version the student was served, if it is still in the school's banks. */
    public PracticeItem served(OrgPath school, long itemId, int version) {
        ItemView item = usable(school, itemId);
        ItemContent content = items.versions(List.of(new ItemStore.ItemVersionRef(itemId, version))).get(itemId);
        if (content == null) {
            throw new NotFoundException("assessment.error.itemNotFound");
        }
        return served(new ItemView(item.id(), version, item.type(), item.stage(), item.subject(), item.grade(),
                item.difficulty(), item.source(), item.sharing(), item.status(), item.ownerId(), item.ownerPath(),
                item.sharePath(), item.authorAccount(), item.authorName(), item.knowledgePoints(), content,
                item.updatedAt()));
    }

    public PracticeMarking mark(OrgPath school, long itemId, int version, Response response) {
        ItemView item = usable(school, itemId);
        ItemContent content = items.versions(List.of(new ItemStore.ItemVersionRef(itemId, version))).get(itemId);
        if (content == null) {
            throw new NotFoundException("assessment.error.itemNotFound");
        }
        double credit = Scoring.mark(content, response).credit();
        List<List<String>> blanks = new ArrayList<>();
        for (ItemContent.Blank blank : content.blanks()) {
            List<String> accepted = new ArrayList<>(blank.accepted());
            if (blank.number() != null && accepted.isEmpty()) {
                accepted.add(blank.number() % 1 == 0 ? String.valueOf(blank.number().longValue())
                        : String.valueOf(blank.number()));
            }
            blanks.add(accepted);
        }
        return new PracticeMarking(credit, content.key(), content.pairs(), blanks, content.explanation(),
                item.knowledgePoints());
    }

    private ItemView usable(OrgPath school, long itemId) {
        return items.find(itemId)
                .filter(i -> i.status() == org.educloud.library.ReviewStatus.PUBLISHED
                        && i.sharing() != org.educloud.library.Sharing.PRIVATE)
                .filter(i -> ItemReach.lineage(school).contains(i.sharePath()))
                .filter(i -> !i.type().teacherGraded())
                .filter(i -> !items.inOpenQuiz(i.id()))
                .orElseThrow(() -> new NotFoundException("assessment.error.itemNotFound"));
    }

    private static PracticeItem served(ItemView item) {
        ItemContent c = item.content();
        List<ItemContent.Choice> choices = c.choices();
        List<ItemContent.Choice> targets = c.targets();
        // the correct order of an ordering item is its answer; matching targets are listed in a different order
        if (c.kind() == ItemType.ORDERING) {
            choices = Shuffling.shuffled(choices, item.id(), List.of(c.correctOrder()));
        }
        if (c.kind() == ItemType.MATCHING) {
            targets = Shuffling.shuffled(targets, item.id() + 1, List.of(c.pairedTargets()));
        }
        return new PracticeItem(item.id(), item.version(), c.kind(), item.difficulty(), c.stem(), choices, targets,
                c.blanks().size(), c.blanks().stream().map(ItemContent.Blank::options).toList());
    }
}
