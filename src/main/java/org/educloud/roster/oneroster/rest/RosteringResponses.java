package org.educloud.roster.oneroster.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.educloud.roster.oneroster.rest.OneRosterQueries.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** How the rostering service answers: scope checks, single and collection envelopes, paging headers, refs. */
final class RosteringResponses {

    private RosteringResponses() {
    }

    static void need(IntegrationCaller caller, Set<IntegrationScope> anyOf) {
        if (anyOf.stream().noneMatch(caller::holds)) {
            throw new AccessDeniedException("scope");
        }
    }

    static ResponseEntity<Map<String, Object>> list(OneRosterQueries queries, IntegrationCaller caller,
                                                    SqlCollection collection, Condition nested, ListingParams params) {
        Listing listing = params.listing(collection.jsonFields());
        return page(collection.plural(), queries.list(collection, caller.orgPath(), nested, listing, refs()),
                listing);
    }

    /** EduCloud keeps no grading periods: every grading-period collection is empty. */
    static ResponseEntity<Map<String, Object>> noGradingPeriods(ListingParams params) {
        Listing listing = params.listing(Set.of("sourcedId", "status", "dateLastModified", "title", "startDate",
                "endDate", "type", "parent", "children", "schoolYear"));
        return page("academicSessions", new Page(List.of(), 0), listing);
    }

    static Map<String, Object> single(String name, Map<String, Object> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, item);
        return body;
    }

    static ResponseEntity<Map<String, Object>> page(String name, Page page, Listing listing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, page.items());
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(page.total()))
                .header(HttpHeaders.LINK, links(page.total(), listing))
                .body(body);
    }

    /** RFC 8288 links to the first, previous, next and last pages, keeping the request's other parameters. */
    static String links(long total, Listing listing) {
        int limit = listing.limit();
        long offset = listing.offset();
        long lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit;
        List<String> links = new ArrayList<>();
        links.add(link(0, limit, "first"));
        if (offset > 0) {
            links.add(link(Math.max(0, offset - limit), limit, "prev"));
        }
        if (offset + limit < total) {
            links.add(link(offset + limit, limit, "next"));
        }
        links.add(link(lastOffset, limit, "last"));
        return String.join(", ", links);
    }

    static String link(long offset, int limit, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build().toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    static Refs refs() {
        return new Refs(ServletUriComponentsBuilder.fromCurrentContextPath().path(RosteringApi.BASE).build()
                .toUriString());
    }
}
