package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser (an administrator of the node running a programme) edits it or closes it to joining; both go to the
 * audit log in the same transaction. An administrator of a node the programme reaches (a school under the district
 * running it) sees it exists but may not change it: 403; anyone else finds no such programme.
 */
@Service
@Transactional
public class EditingProgrammes {

    private final ProgrammeStore store;
    private final TenancyManagement tenancy;
    private final CompletingProgrammes completing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditingProgrammes(ProgrammeStore store, TenancyManagement tenancy, CompletingProgrammes completing,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.tenancy = tenancy;
        this.completing = completing;
        this.events = events;
        this.clock = clock;
    }

    /** The programme, when the caller organises it. */
    @Transactional(readOnly = true)
    public Programme organised(Scope scope, long id) {
        Programme programme = store.find(id).orElseThrow(EditingProgrammes::notFound);
        if (scope.canAdminister(programme.ownerPath())) {
            return programme;
        }
        if (scope.adminPaths().stream().anyMatch(programme.ownerPath()::contains)) {
            throw new ForbiddenException("development.error.notOrganiser");
        }
        throw notFound();
    }

    /**
     * Changes what the programme is and whom it is for. Completions stand; a participant the changed rule now admits
     * completes (so lowering the bar credits them at once).
     */
    public void revise(Scope scope, long id, ProgrammeForm form) {
        Programme before = organised(scope, id);
        Targets targets = RunningProgrammes.checked(tenancy, before.ownerPath(), form);
        BigDecimal minHours = form.rule() == CompletionRule.HOURS ? form.minHours() : null;
        store.revise(id, Objects.requireNonNull(form.name()).strip(),
                form.description() == null ? "" : form.description().strip(),
                Objects.requireNonNull(form.creditHours()), Objects.requireNonNull(form.rule()), minHours, targets);
        Programme after = store.find(id).orElseThrow();
        List<String> changed = changes(before, after);
        if (!changed.isEmpty()) {
            events.publishEvent(new AuditableActionOccurred(scope.userId(), "development.programme.edited",
                    "programme " + id + " " + after.name(), after.ownerPath(), String.join("; ", changed)));
            completing.completeDue(after);
        }
    }

    /** Closes the programme to joining; closing again changes nothing. */
    public void close(Scope scope, long id) {
        Programme programme = organised(scope, id);
        if (store.close(id, scope.userId().value(), clock.instant())) {
            events.publishEvent(new AuditableActionOccurred(scope.userId(), "development.programme.closed",
                    "programme " + id + " " + programme.name(), programme.ownerPath(), null));
        }
    }

    /** What an edit changed, field by field, old → new, for the audit log. */
    static List<String> changes(Programme before, Programme after) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", before.name(), after.name());
        if (!before.description().equals(after.description())) {
            changed.add("description changed"); // long texts would crowd out the rest of the entry
        }
        change(changed, "creditHours", plain(before.creditHours()), plain(after.creditHours()));
        change(changed, "rule", before.rule().name(), after.rule().name());
        change(changed, "minHours", plain(before.minHours()), plain(after.minHours()));
        change(changed, "targets", String.valueOf(before.targets()), String.valueOf(after.targets()));
        return changed;
    }

    private static void change(List<String> changed, String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + before + " → " + after);
        }
    }

    private static @Nullable String plain(@Nullable BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("development.error.programmeNotFound");
    }
}
