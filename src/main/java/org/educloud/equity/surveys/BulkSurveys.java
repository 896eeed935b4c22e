package org.educloud.equity.surveys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.educloud.equity.EquityReach;
import org.educloud.equity.RosterCounts;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyStatus;
import org.educloud.equity.Surveys;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
import org.educloud.shared.DomainException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Submitting or confirming the surveys of many schools at once, for a bureau that brought its schools' figures in
 * by import: first a preview of which schools would be done and why the others would not, then the action on
 * exactly the surveys previewed, each at the version it was previewed at. Each school goes through the same
 * {@link Surveys} step as one by one (its own transaction and audit entry), so a survey changed after the preview
 * is left alone and reported; the bulk action itself gets one more audit entry on the bureau. Only the bureau's
 * admins who confirm its surveys may do either.
 */
@Service
public class BulkSurveys {

    /** What is done to every survey. */
    public enum Action { SUBMIT, CONFIRM }

    /** One school in a preview: its survey (0 when not started) and version, and why it is not done (a key). */
    public record Item(OrgId school, String schoolName, long survey, int version, @Nullable String reason,
                       List<String> reasonArguments) {

        public boolean ready() {
            return reason == null;
        }
    }

    /** A preview: the schools that would be done, and the others with the reason. */
    public record Plan(OrgId bureau, String bureauName, String schoolYear, Action action, List<Item> ready,
                       List<Item> notReady) {

        /** The ready schools and their versions as one form field, {@code school:version} pairs joined by commas. */
        public String readyField() {
            return ready.stream().map(i -> i.school().value() + ":" + i.version())
                    .collect(Collectors.joining(","));
        }
    }

    /** What the bulk action did: schools done, and schools left as they were because they changed meanwhile. */
    public record Outcome(int done, List<String> leftAlone) {
    }

    /** A school (its id) and its survey's version as the preview showed it. */
    public record Chosen(long school, int version) {
    }

    /** The most schools one request may name: more than any region's, small enough to be one request's work. */
    public static final int MOST_CHOSEN = 10_000;
    /** A school id and a version in the page's field: at most 18 and 9 digits, so neither overflows. */
    private static final Pattern PAIR = Pattern.compile("(\\d{1,18}):(\\d{1,9})");
    private static final int MOST_FIELD_CHARACTERS = MOST_CHOSEN * 30;

    private final Surveys surveys;
    private final SurveyStore store;
    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final EquityReach reach;
    private final SchoolYears years;
    private final Clock clock;

    BulkSurveys(Surveys surveys, SurveyStore store, TenancyManagement tenancy, RosterDirectory roster,
                EquityReach reach, SchoolYears years, Clock clock) {
        this.surveys = surveys;
        this.store = store;
        this.tenancy = tenancy;
        this.roster = roster;
        this.reach = reach;
        this.years = years;
        this.clock = clock;
    }

    /** Which schools under the bureau the action would do, and why not the others. */
    public Plan preview(Scope scope, OrgId bureau, String year, Action action) {
        OrgNodeView node = bureau(scope, bureau);
        years.requireOpen(year);
        Map<OrgId, SurveyStore.Row> rows = store.under(node.path(), year).stream()
                .collect(Collectors.toMap(SurveyStore.Row::school, Function.identity()));
        List<OrgNodeView> schools = tenancy.schoolsUnder(node.path()).stream()
                .filter(s -> s.isSchool() && s.isActive()).toList();
        Map<OrgId, SchoolStaffing> live = action == Action.SUBMIT && !schools.isEmpty()
                ? roster.staffing(scope, node.path(), schools.stream().map(OrgNodeView::id).toList()).stream()
                .collect(Collectors.toMap(SchoolStaffing::school, Function.identity()))
                : Map.of();
        List<Item> ready = new ArrayList<>();
        List<Item> notReady = new ArrayList<>();
        for (OrgNodeView school : schools) {
            SurveyStore.Row row = rows.get(school.id());
            SurveyStatus status = row == null ? null : row.status();
            boolean relevant = action == Action.SUBMIT ? status == null || status.editable()
                    : status != SurveyStatus.CONFIRMED;
            if (!relevant) {
                continue;
            }
            String reason = row == null ? "equity.bulk.reason.status"
                    : action == Action.SUBMIT ? submitProblem(row, RosterCounts.of(live.get(school.id()),
                    school.stages(), clock.instant()))
                    : status == SurveyStatus.SUBMITTED ? null : "equity.bulk.reason.status";
            List<String> arguments = "equity.bulk.reason.status".equals(reason)
                    ? List.of(status == null ? "NONE" : status.name())
                    : "equity.bulk.reason.incomplete".equals(reason) ? List.of(row.figures().firstMissing())
                    : List.of();
            Item item = new Item(school.id(), school.name(), row == null ? 0 : row.id(),
                    row == null ? 0 : row.version(), reason, arguments);
            (reason == null ? ready : notReady).add(item);
        }
        return new Plan(node.id(), node.name(), year, action, ready, notReady);
    }

    /**
     * Does the action on the chosen surveys (those of the preview), each school on its own: one that changed since
     * the preview is left alone and named in the outcome. Every school is checked before any is done: when one is
     * unknown or not under the bureau the whole request is refused (not found) and nothing is done, so a request is
     * never half done with no bulk audit entry. A school chosen twice is done once (its first version).
     */
    public Outcome apply(Scope scope, OrgId bureau, String year, Action action, List<Chosen> chosen) {
        OrgNodeView node = bureau(scope, bureau);
        years.requireOpen(year);
        requireWellFormed(chosen);
        Map<OrgId, OrgNodeView> under = tenancy.schoolsUnder(node.path()).stream()
                .filter(OrgNodeView::isSchool).collect(Collectors.toMap(OrgNodeView::id, Function.identity()));
        Map<OrgId, Chosen> once = new LinkedHashMap<>();
        for (Chosen c : chosen) {
            OrgId id = OrgId.of(c.school());
            if (!under.containsKey(id)) {
                throw new NotFoundException("equity.error.notFound");
            }
            once.putIfAbsent(id, c);
        }
        // head counts read once for every school, as the preview does, not a round of queries per school
        Map<OrgId, SchoolStaffing> live = action == Action.SUBMIT
                ? roster.staffing(scope, node.path(), List.copyOf(once.keySet())).stream()
                .collect(Collectors.toMap(SchoolStaffing::school, Function.identity()))
                : Map.of();
        int done = 0;
        List<String> leftAlone = new ArrayList<>();
        for (Map.Entry<OrgId, Chosen> c : once.entrySet()) {
            OrgNodeView school = under.get(c.getKey());
            try {
                if (action == Action.SUBMIT) {
                    surveys.submit(scope, school.id(), year, c.getValue().version(),
                            new CountsReadAhead(RosterCounts.of(live.get(school.id()), school.stages(),
                                    clock.instant())));
                } else {
                    surveys.confirm(scope, school.id(), year, c.getValue().version());
                }
                done++;
            } catch (DomainException changed) {
                // NotFoundException included: a survey deleted or never started since the preview is left alone
                leftAlone.add(school.name());
            }
        }
        surveys.recordBulk(scope, node, action == Action.SUBMIT ? "equity.survey.bulkSubmitted"
                : "equity.survey.bulkConfirmed", year, done, leftAlone.size());
        return new Outcome(done, leftAlone);
    }

    /**
     * As {@link #apply(Scope, OrgId, String, Action, List)}, with the chosen surveys as the preview page posts them
     * ({@link #fromField}): the bureau is checked first, so a caller outside it learns nothing from the field.
     */
    public Outcome apply(Scope scope, OrgId bureau, String year, Action action, @Nullable String field) {
        bureau(scope, bureau);
        return apply(scope, bureau, year, action, fromField(field));
    }

    /**
     * The previewed surveys as the preview page posts them: {@code school:version} pairs joined by commas in one
     * field (a field per school would pass the servlet container's parameter limit in a large region). Bounded: at
     * most {@link #MOST_CHOSEN} pairs, each two plain numbers; anything else is refused before anything is done.
     */
    public static List<Chosen> fromField(@Nullable String field) {
        if (field == null || field.isBlank()) {
            throw new RuleViolationException("equity.bulk.nothing");
        }
        if (field.length() > MOST_FIELD_CHARACTERS || field.chars().filter(c -> c == ',').count() >= MOST_CHOSEN) {
            throw new RuleViolationException("equity.bulk.tooMany", MOST_CHOSEN);
        }
        List<Chosen> chosen = new ArrayList<>();
        for (String pair : field.split(",", -1)) {
            Matcher m = PAIR.matcher(pair.strip());
            if (!m.matches()) {
                throw new RuleViolationException("equity.bulk.badPlan");
            }
            chosen.add(new Chosen(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return chosen;
    }

    /**
     * Refuses a request that is empty, longer than {@link #MOST_CHOSEN}, or holds an item without a school (a
     * {@code null}, or no id): before anything is read or done.
     */
    private static void requireWellFormed(List<Chosen> chosen) {
        if (chosen.isEmpty()) {
            throw new RuleViolationException("equity.bulk.nothing");
        }
        if (chosen.size() > MOST_CHOSEN) {
            throw new RuleViolationException("equity.bulk.tooMany", MOST_CHOSEN);
        }
        for (int i = 0; i < chosen.size(); i++) {
            Chosen c = chosen.get(i);
            if (c == null || c.school() <= 0 || c.version() < 0) {
                throw new RuleViolationException("equity.bulk.invalidChoice", i + 1);
            }
        }
    }

    private OrgNodeView bureau(Scope scope, OrgId org) {
        OrgNodeView node = reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        if (!surveys.confirms(scope, node.path())) {
            throw new NotFoundException("equity.error.notFound");
        }
        return node;
    }

    /** Why a draft could not be submitted now (a message key), or null: the checks {@link Surveys#submit} makes. */
    private static @Nullable String submitProblem(SurveyStore.Row row, RosterCounts counts) {
        if (row.figures().firstMissing() != null) {
            return "equity.bulk.reason.incomplete";
        }
        if (counts.allStudents() == 0) {
            return "equity.bulk.reason.noStudents";
        }
        try {
            Plausibility.check(row.figures(), counts.allStudents());
        } catch (FieldRuleViolationException e) {
            return "equity.bulk.reason.implausible";
        }
        return null;
    }
}
