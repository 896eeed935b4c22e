package org.educloud.roster.oneroster.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.rest.OneRosterQueries.Page;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * OneRoster orgs: the client's own node, the bureaus above it (so parents resolve) and every district and school
 * below it. They come from the tenancy module's facade, a few hundred at most, so filter, sort and paging run
 * in memory with the same rules as the SQL collections.
 */
@Component
class OneRosterOrgs {

    private static final List<String> FIELDS = List.of("sourcedId", "status", "dateLastModified", "name", "type",
            "identifier");
    static final List<String> JSON_FIELDS = List.of("sourcedId", "status", "dateLastModified", "name", "type",
            "identifier", "parent", "children");

    private final TenancyManagement tenancy;

    OneRosterOrgs(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    Page list(OrgPath reach, boolean schoolsOnly, Listing listing, Refs refs) {
        List<OrgNodeView> nodes = inReach(reach);
        List<OrgNodeView> selected = nodes.stream()
                .filter(n -> !schoolsOnly || n.kind() == OrgKind.SCHOOL)
                .filter(matches(listing.filter()))
                .sorted(order(listing))
                .toList();
        List<Map<String, Object>> page = selected.stream().skip(listing.offset()).limit(listing.limit())
                .map(n -> select(org(n, nodes, refs), listing.fields())).toList();
        return new Page(page, selected.size());
    }

    Optional<Map<String, Object>> one(OrgPath reach, String sourcedId, boolean schoolsOnly, Refs refs,
                                      List<String> fields) {
        List<OrgNodeView> nodes = inReach(reach);
        return nodes.stream().filter(n -> sourcedId(n).equals(sourcedId))
                .filter(n -> !schoolsOnly || n.kind() == OrgKind.SCHOOL)
                .findFirst().map(n -> select(org(n, nodes, refs), fields));
    }

    private List<OrgNodeView> inReach(OrgPath reach) {
        List<OrgId> ids = reach.ids();
        if (ids.isEmpty()) {
            return List.of();
        }
        OrgId own = ids.getLast();
        List<OrgNodeView> out = new ArrayList<>(tenancy.lineage(own));
        OrgNodeView self = out.getLast();
        if (self.kind() != OrgKind.SCHOOL) {
            collectBelow(self.id(), out);
        }
        return out;
    }

    private void collectBelow(OrgId parent, List<OrgNodeView> out) {
        for (OrgNodeView child : tenancy.children(Scope.installation(), parent)) {
            out.add(child);
            if (child.kind() != OrgKind.SCHOOL) {
                collectBelow(child.id(), out);
            }
        }
    }

    private static Map<String, Object> org(OrgNodeView n, List<OrgNodeView> known, Refs refs) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("sourcedId", sourcedId(n));
        o.put("status", "active");
        o.put("dateLastModified", SqlCollection.LAST_MODIFIED.format(n.updatedAt()));
        o.put("name", n.name());
        o.put("type", type(n));
        o.put("identifier", identifier(n));
        if (n.parentId() != null) {
            // 1.2's parent is optional and not nullable: a top node has none rather than null.
            o.put("parent", refs.org(OneRosterObject.ORG.prefix() + n.parentId()));
        }
        o.put("children", known.stream().filter(k -> n.id().equals(k.parentId()))
                .map(k -> refs.org(sourcedId(k))).toList());
        return o;
    }

    private static Map<String, Object> select(Map<String, Object> org, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        org.forEach((k, v) -> {
            if (v != null && (fields.isEmpty() || fields.contains(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String sourcedId(OrgNodeView n) {
        return OneRosterObject.ORG.prefix() + n.id();
    }

    /** A city bureau has no exact OneRoster type; {@code local} is the closest (see the mapping document). */
    private static String type(OrgNodeView n) {
        return switch (n.kind()) {
            case REGION -> "local";
            case DISTRICT -> "district";
            case SCHOOL -> "school";
        };
    }

    private static String identifier(OrgNodeView n) {
        String code = n.schoolCode() != null ? n.schoolCode() : n.divisionCode();
        return code == null ? "" : code;
    }

    private static String value(OrgNodeView n, String field) {
        return switch (field) {
            case "sourcedId" -> sourcedId(n);
            case "status" -> "active";
            case "dateLastModified" -> SqlCollection.LAST_MODIFIED.format(n.updatedAt());
            case "name" -> n.name();
            case "type" -> type(n);
            case "identifier" -> identifier(n);
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Predicate<OrgNodeView> matches(Filter filter) {
        if (filter.predicates().isEmpty()) {
            return n -> true;
        }
        List<Predicate<OrgNodeView>> tests = new ArrayList<>();
        for (Filter.Predicate p : filter.predicates()) {
            if (!FIELDS.contains(p.field())) {
                throw new InvalidRequest("invalid_filter_field", "Cannot filter orgs on '" + p.field()
                        + "'; filterable fields: " + String.join(", ", FIELDS));
            }
            Comparator<String> comparator = p.field().equals("dateLastModified")
                    ? Comparator.comparing(OneRosterOrgs::instant) : Comparator.naturalOrder();
            if (p.field().equals("dateLastModified")) {
                instantOrInvalid(p.value());
            }
            tests.add(n -> {
                String actual = value(n, p.field());
                return switch (p.operator()) {
                    case EQ -> actual.equals(p.value());
                    case NE -> !actual.equals(p.value());
                    case CONTAINS -> actual.toLowerCase(java.util.Locale.ROOT)
                            .contains(p.value().toLowerCase(java.util.Locale.ROOT));
                    case GT -> comparator.compare(actual, p.value()) > 0;
                    case GE -> comparator.compare(actual, p.value()) >= 0;
                    case LT -> comparator.compare(actual, p.value()) < 0;
                    case LE -> comparator.compare(actual, p.value()) <= 0;
                };
            });
        }
        return filter.any() ? tests.stream().reduce(n -> false, Predicate::or)
                : tests.stream().reduce(n -> true, Predicate::and);
    }

    private static Comparator<OrgNodeView> order(Listing listing) {
        String sort = listing.sort() == null || !FIELDS.contains(listing.sort()) ? "sourcedId" : listing.sort();
        Comparator<OrgNodeView> by = Comparator.comparing((OrgNodeView n) -> value(n, sort))
                .thenComparing(OneRosterOrgs::sourcedId);
        return listing.descending() ? by.reversed() : by;
    }

    private static void instantOrInvalid(String value) {
        try {
            instant(value);
        } catch (RuntimeException e) {
            throw new InvalidRequest("invalid_filter_field", "'" + value
                    + "' is not a valid datetime for dateLastModified (use ISO 8601, e.g. 2026-09-01T00:00:00Z)");
        }
    }

    private static Instant instant(String value) {
        if (value.length() == 10) {
            return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return java.time.OffsetDateTime.parse(value).toInstant();
    }
}
