package org.educloud.maintenance.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ticket's state machine: each allowed step, and every forbidden one refused with a clear reason. */
class TicketRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final TicketProperties SLA = new TicketProperties(null, null, null, 0, null);
    private static final Set<Party> EVERYONE = EnumSet.allOf(Party.class);

    /** Every action from every status its rule does not list: one case each. */
    static Stream<Arguments> forbiddenTransitions() {
        List<Arguments> cases = new ArrayList<>();
        for (TicketRules.Rule rule : TicketRules.ALL) {
            for (TicketStatus status : TicketStatus.values()) {
                if (!rule.allowsFrom(status)) {
                    cases.add(Arguments.of(rule.action(), status));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("forbiddenTransitions")
    void aStepTheStatusDoesNotAllowIsRefusedWhoeverTakesIt(TicketAction action, TicketStatus status) {
        Ticket ticket = ticketIn(status);
        assertThatThrownBy(() -> ticket.take(action, EVERYONE, 1L, "done", NOW, SLA))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("maintenance.ticket.error.transition");
        assertThat(ticket.status()).isEqualTo(status);
    }

    /** Every status an action is allowed from, with every party the rule does not name there. */
    static Stream<Arguments> wrongParties() {
        List<Arguments> cases = new ArrayList<>();
        for (TicketRules.Rule rule : TicketRules.ALL) {
            rule.allowed().forEach((status, who) -> EnumSet.complementOf(EnumSet.copyOf(who))
                    .forEach(party -> cases.add(Arguments.of(rule.action(), status, party))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} by {2} is forbidden")
    @MethodSource("wrongParties")
    void aStepIsForbiddenToAPartyItIsNotFor(TicketAction action, TicketStatus status, Party party) {
        Ticket ticket = ticketIn(status);
        assertThatThrownBy(() -> ticket.take(action, Set.of(party), 1L, "done", NOW, SLA))
                .isInstanceOf(ForbiddenException.class);
        assertThat(ticket.status()).isEqualTo(status);
    }

    @Test
    void theTriageRunsFromSchoolToDistrictToVendorAndBackToTheSchool() {
        Ticket ticket = ticketIn(TicketStatus.OPEN);
        ticket.take(TicketAction.ESCALATE, Set.of(Party.SCHOOL_IT), null, null, NOW, SLA);
        ticket.take(TicketAction.ASSIGN, Set.of(Party.DISTRICT), 7L, null, NOW.plusSeconds(60), SLA);
        Ticket.Transition resolved = ticket.take(TicketAction.RESOLVE, Set.of(Party.VENDOR), null, "换了交换机端口",
                NOW.plusSeconds(3600), SLA);
        ticket.take(TicketAction.CONFIRM, Set.of(Party.REPORTER), null, null, NOW.plusSeconds(7200), SLA);

        assertThat(resolved).isEqualTo(new Ticket.Transition(TicketAction.RESOLVE, TicketStatus.ASSIGNED,
                TicketStatus.RESOLVED, "换了交换机端口"));
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.vendorId()).isEqualTo(7L);
        assertThat(ticket.respondedAt()).as("the school's escalation was the response").isEqualTo(NOW);
        assertThat(ticket.resolvedAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void assigningNeedsAVendorAndResolvingNeedsANote() {
        assertThatThrownBy(() -> ticketIn(TicketStatus.ESCALATED).take(TicketAction.ASSIGN, Set.of(Party.DISTRICT),
                null, null, NOW, SLA)).hasMessage("maintenance.ticket.error.vendorRequired");
        assertThatThrownBy(() -> ticketIn(TicketStatus.IN_PROGRESS).take(TicketAction.RESOLVE,
                Set.of(Party.SCHOOL_IT), null, "  ", NOW, SLA)).hasMessage("maintenance.ticket.error.resolutionNoteRequired");
    }

    @Test
    void theReporterReopensWithinTheWindowOnlyAndTheTimerStartsAgain() {
        Ticket recent = resolvedAt(NOW.minus(Duration.ofDays(6)));
        recent.take(TicketAction.REOPEN, Set.of(Party.REPORTER), null, null, NOW, SLA);
        assertThat(recent.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(recent.resolvedAt()).isNull();
        assertThat(recent.resolveBy()).isEqualTo(NOW.plus(SLA.resolveWithin(TicketPriority.NORMAL)));

        Ticket old = resolvedAt(NOW.minus(Duration.ofDays(8)));
        assertThatThrownBy(() -> old.take(TicketAction.REOPEN, Set.of(Party.REPORTER), null, null, NOW, SLA))
                .hasMessage("maintenance.ticket.error.reopenWindowPassed");
        assertThat(old.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void theReporterRatesOnceAfterTheFix() {
        Ticket open = ticketIn(TicketStatus.ASSIGNED);
        assertThatThrownBy(() -> open.rate(Set.of(Party.REPORTER), 5, null))
                .hasMessage("maintenance.ticket.error.rateBeforeResolved");
        Ticket fixed = resolvedAt(NOW);
        assertThatThrownBy(() -> fixed.rate(Set.of(Party.SCHOOL_IT), 5, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fixed.rate(Set.of(Party.REPORTER), 6, null))
                .hasMessage("maintenance.ticket.error.ratingRange");
        fixed.rate(Set.of(Party.REPORTER), 4, " 师傅很准时 ");
        assertThat(fixed.rating()).isEqualTo(4);
        assertThat(fixed.ratingComment()).isEqualTo("师傅很准时");
        assertThatThrownBy(() -> fixed.rate(Set.of(Party.REPORTER), 5, null))
                .hasMessage("maintenance.ticket.error.alreadyRated");
    }

    @Test
    void theTimersFollowThePriorityAndAreMarkedOnce() {
        Ticket ticket = ticketIn(TicketStatus.OPEN);
        ticket.reprioritise(TicketPriority.CRITICAL, Set.of(Party.SCHOOL_IT), SLA);
        Instant late = NOW.plus(Duration.ofHours(2));
        assertThat(ticket.responseOverdue(late)).isTrue();
        assertThat(ticket.resolutionOverdue(late)).isFalse();
        ticket.markResponseBreached();
        assertThat(ticket.responseOverdue(late)).isFalse();
        assertThatThrownBy(() -> ticket.reprioritise(TicketPriority.LOW, Set.of(Party.REPORTER), SLA))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void thePlatformMayEscalateAnUnansweredTicketButNothingElse() {
        assertThat(TicketRules.offered(TicketStatus.OPEN, Set.of(Party.SYSTEM))).containsExactly(TicketAction.ESCALATE);
        assertThat(TicketRules.offered(TicketStatus.ASSIGNED, Set.of(Party.SYSTEM))).isEmpty();
        assertThat(TicketRules.offered(TicketStatus.ASSIGNED, Set.of(Party.VENDOR))).containsExactly(TicketAction.RESOLVE);
    }

    private static Ticket ticketIn(TicketStatus status) {
        return new Ticket(1, 42, new OrgPath("/1/2/42/"), 9, NOW, TicketPriority.NORMAL, status, 7L,
                NOW.plus(SLA.responseWithin(TicketPriority.NORMAL)), NOW.plus(SLA.resolveWithin(TicketPriority.NORMAL)),
                null, status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? NOW : null, null, false, false,
                null, null);
    }

    private static Ticket resolvedAt(Instant at) {
        return new Ticket(1, 42, new OrgPath("/1/2/42/"), 9, at.minus(Duration.ofDays(1)), TicketPriority.NORMAL,
                TicketStatus.CLOSED, 7L, at, at, at, at, at, false, false, null, null);
    }
}
