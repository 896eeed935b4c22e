package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.library.ReceivedFile;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second pass of every import: the items (and the pictures they show) written in one transaction through the
 * bank, which checks each draft again (its knowledge points real and in the caller's reach). The first refusal
 * rolls everything back, rows and stored bytes alike, and is reported at the item it concerns.
 */
@Component
class ImportWriting {

    /** An item ready to be written, and where it came from (a package's file, or a template's row). */
    record Pending(long row, String where, ItemDraft draft) {
    }

    private final ItemBank bank;
    private final ItemMedia media;
    private final TransactionTemplate transactions;

    ImportWriting(ItemBank bank, ItemMedia media, PlatformTransactionManager transactionManager) {
        this.bank = bank;
        this.media = media;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Writes every item, the package's pictures first so that the items' HTML can name them; {@code pictures}
     * maps a package path to its received file, {@code placeholders} says how item HTML refers to it until then.
     */
    ImportOutcome write(Scope scope, List<Pending> items, Map<String, ReceivedFile> pictures,
                        @Nullable PackageMedia placeholders) {
        return transactions.execute(status -> {
            Map<String, Long> ids = new HashMap<>();
            pictures.forEach((path, file) -> ids.put(path, media.store(scope, file)));
            List<String> paths = new ArrayList<>(pictures.keySet());
            List<Long> created = new ArrayList<>();
            for (Pending pending : items) {
                ItemDraft draft = pending.draft();
                if (placeholders != null && !paths.isEmpty()) {
                    draft = new ItemDraft(draft.stage(), draft.subject(), draft.grade(), draft.difficulty(),
                            draft.source(), draft.sharing(), draft.knowledgePoints(),
                            resolved(draft.content(), paths, ids, placeholders));
                }
                try {
                    created.add(bank.create(scope, draft));
                } catch (DomainException refused) {
                    status.setRollbackOnly();
                    List<String> arguments = java.util.Arrays.stream(refused.arguments()).map(String::valueOf)
                            .toList();
                    return ImportOutcome.rejected(List.of(new ImportProblem(pending.row(), pending.where(), null,
                            refused.messageKey(), arguments)));
                }
            }
            return new ImportOutcome(true, created, List.of());
        });
    }

    private static ItemContent resolved(ItemContent c, List<String> paths, Map<String, Long> ids, PackageMedia media) {
        java.util.function.UnaryOperator<String> r = html -> PackageMedia.resolved(html, paths, ids, media);
        return new ItemContent(c.type(), r.apply(c.stem()),
                c.choices().stream().map(ch -> new ItemContent.Choice(ch.id(), r.apply(ch.html()))).toList(),
                c.targets().stream().map(ch -> new ItemContent.Choice(ch.id(), r.apply(ch.html()))).toList(),
                c.key(), c.pairs(), c.blanks(), r.apply(c.explanation()), r.apply(c.reference()), r.apply(c.rubric()));
    }
}
