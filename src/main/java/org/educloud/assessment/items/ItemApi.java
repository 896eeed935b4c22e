package org.educloud.assessment.items;

import org.educloud.assessment.ItemType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Subject;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The item bank over JSON: authoring, finding and reviewing items. Keys are part of an item: teachers only. */
@RestController
@RequestMapping("/api/v1/assessment/items")
@Tag(name = "Assessment", description = "Item bank, quizzes, attempts")
class ItemApi {

    private final ItemBank bank;

    ItemApi(ItemBank bank) {
        this.bank = bank;
    }

    @GetMapping
    @Operation(summary = "Items in the caller's reach: their own, their school's and bureaus' shared banks")
    PageSlice<ItemView> search(Scope scope, @RequestParam(required = false) @Nullable String text,
                               @RequestParam(required = false) @Nullable Stage stage,
                               @RequestParam(required = false) @Nullable Subject subject,
                               @RequestParam(required = false) @Nullable Integer grade,
                               @RequestParam(required = false) @Nullable ItemType type,
                               @RequestParam(required = false) @Nullable Integer difficulty,
                               @RequestParam(required = false) @Nullable Long knowledgePoint,
                               @RequestParam(required = false) @Nullable ReviewStatus status,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return bank.search(scope, new ItemFilter(text, stage, subject, grade, type, difficulty, knowledgePoint, status,
                null), page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a new item, filed under the caller's school (or bureau)")
    Map<String, Long> create(Scope scope, @Valid @RequestBody ItemDraft draft) {
        return Map.of("id", bank.create(scope, draft));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item in reach, its current version")
    ItemView item(Scope scope, @PathVariable long id) {
        return bank.find(scope, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a new version of an item the caller wrote or administers")
    Map<String, Integer> revise(Scope scope, @PathVariable long id, @Valid @RequestBody ItemDraft draft) {
        return Map.of("version", bank.revise(scope, id, draft));
    }

    @PostMapping("/{id}/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Send a shared item to its school's (or bureau's) review")
    void submit(Scope scope, @PathVariable long id) {
        bank.submit(scope, id);
    }

    /** A reviewer's decision with an optional note to the author. */
    record Decision(boolean approve, @Size(max = 500) @Nullable String note) {
    }

    @PostMapping("/{id}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve or reject an item awaiting the caller's review")
    void review(Scope scope, @PathVariable long id, @Valid @RequestBody Decision decision) {
        bank.review(scope, id, decision.approve(), decision.note() == null ? "" : decision.note());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The review history of an item in reach")
    List<ItemStore.ReviewStep> history(Scope scope, @PathVariable long id) {
        return bank.history(scope, id);
    }
}
