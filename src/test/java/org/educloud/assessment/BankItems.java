package org.educloud.assessment;

import org.educloud.assessment.items.ItemBank;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Items in a school's bank, written, submitted and approved, for the tests of modules that practise or mark them
 * (tutoring): the bank's workflow stays assessment's own. In the whole application and in every module context that
 * holds assessment.
 */
@Component
public class BankItems {

    private final ItemBank bank;

    BankItems(ItemBank bank) {
        this.bank = bank;
    }

    /** Written by {@code author}, submitted, and approved by {@code reviewer}: ready where its sharing reaches. */
    public long reviewed(Scope author, Scope reviewer, ItemDrafts.Builder draft) {
        long id = bank.create(author, draft.build());
        bank.submit(author, id);
        bank.review(reviewer, id, true, "");
        return id;
    }
}
