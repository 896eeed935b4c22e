package org.educloud.integration.lti.grades;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ServiceAuthentication;
import org.educloud.integration.lti.support.ServicePaging;
import org.educloud.integration.lti.support.ServiceTokens;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignment and Grade Services 2.0 for one class (the launch's context): the tool's line items there (paged, with
 * the AGS filters), a new one, one of them read, replaced or deleted, scores posted to it and the results kept
 * (paged). Only a tool launched in the class reaches it, and only its own line items; the column of a teacher's tool
 * assignment it may read and score but neither replace nor delete ({@link LineItems}).
 */
@RestController
@RequestMapping("/lti/services/contexts/{classId}/lineitems")
class GradeServiceApi {

    private final ServiceAuthentication authentication;
    private final LineItems lineItems;
    private final LineItemRows rows;
    private final Scores scores;
    private final LinkStore links;

    GradeServiceApi(ServiceAuthentication authentication, LineItems lineItems, LineItemRows rows, Scores scores,
                    LinkStore links) {
        this.authentication = authentication;
        this.lineItems = lineItems;
        this.rows = rows;
        this.scores = scores;
        this.links = links;
    }

    @GetMapping
    ResponseEntity<List<LineItemBody>> list(@PathVariable long classId, HttpServletRequest request,
                                            @RequestParam(name = "resource_link_id", required = false) @Nullable String link,
                                            @RequestParam(name = "resource_id", required = false) @Nullable String resource,
                                            @RequestParam(required = false) @Nullable String tag,
                                            @RequestParam(required = false) @Nullable Integer limit,
                                            @RequestParam(required = false) @Nullable Long after) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM,
                Lti.SCOPE_LINE_ITEM_READ);
        int size = ServicePaging.limit(limit);
        // a resource link id that is not one of ours matches no line item
        LineItemRows.Filter filter = new LineItemRows.Filter(link == null ? null : idOr(link, -1L), resource, tag);
        List<ToolLineItem> page = lineItems.page(caller.toolId(), classId, filter, after == null ? 0 : after, size + 1);
        List<ToolLineItem> shown = page.subList(0, Math.min(size, page.size()));
        String next = page.size() > size ? String.valueOf(shown.getLast().id()) : null;
        return ResponseEntity.ok().headers(ServicePaging.links("after", next))
                .contentType(MediaType.parseMediaType(Lti.LINE_ITEMS_TYPE))
                .body(shown.stream().map(i -> body(classId, i)).toList());
    }

    @PostMapping
    ResponseEntity<LineItemBody> create(@PathVariable long classId, @RequestBody LineItemBody body,
                                        HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM);
        Long linkId = null;
        if (body.resourceLinkId() != null) {
            linkId = links.find(idOr(body.resourceLinkId(), -1L))
                    .filter(l -> l.toolId() == caller.toolId() && l.classId() == classId)
                    .orElseThrow(() -> new NotFoundException("integration.lti.error.linkNotFound")).id();
        }
        if (body.scoreMaximum() == null) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
        ToolLineItem item = lineItems.create(caller.toolId(), classId, linkId, body.label() == null ? "" : body.label(),
                body.scoreMaximum(), body.resourceId(), body.tag(), ToolLineItem.Origin.TOOL);
        return ResponseEntity.status(201).contentType(MediaType.parseMediaType(Lti.LINE_ITEM_TYPE))
                .body(body(classId, item));
    }

    @GetMapping("/{id}")
    ResponseEntity<LineItemBody> one(@PathVariable long classId, @PathVariable long id, HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM,
                Lti.SCOPE_LINE_ITEM_READ);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.LINE_ITEM_TYPE))
                .body(body(classId, owned(caller, classId, id)));
    }

    /** Replaces label, maximum, resource id and tag; the resource link a line item grades never changes. */
    @PutMapping("/{id}")
    ResponseEntity<LineItemBody> replace(@PathVariable long classId, @PathVariable long id,
                                         @RequestBody LineItemBody body, HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM);
        ToolLineItem item = owned(caller, classId, id);
        String linked = item.linkId() == null ? null : String.valueOf(item.linkId());
        if (body.resourceLinkId() != null && !Objects.equals(body.resourceLinkId(), linked)) {
            throw new RuleViolationException("integration.lti.services.error.resourceLinkChange");
        }
        if (body.scoreMaximum() == null) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
        ToolLineItem changed = lineItems.update(item, body.label() == null ? "" : body.label(), body.scoreMaximum(),
                body.resourceId(), body.tag());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.LINE_ITEM_TYPE))
                .body(body(classId, changed));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long classId, @PathVariable long id, HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM);
        lineItems.delete(owned(caller, classId, id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/scores")
    ResponseEntity<Void> score(@PathVariable long classId, @PathVariable long id, @RequestBody ScoreBody score,
                               HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_SCORE);
        scores.post(caller.toolId(), classId, id, score);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/results")
    ResponseEntity<List<Map<String, Object>>> results(@PathVariable long classId, @PathVariable long id,
                                                      @RequestParam(name = "user_id", required = false)
                                                      @Nullable String userId,
                                                      @RequestParam(required = false) @Nullable Integer limit,
                                                      @RequestParam(required = false) @Nullable Long after,
                                                      HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_RESULT_READ);
        ToolLineItem item = owned(caller, classId, id);
        int size = ServicePaging.limit(limit);
        String url = url(classId, item);
        // a user id that is no account of ours has no result
        Long account = userId == null ? null : idOr(userId, -1L);
        List<LineItemRows.StoredScore> page = rows.scores(item.id(), account, after == null ? 0 : after, size + 1);
        List<LineItemRows.StoredScore> shown = page.subList(0, Math.min(size, page.size()));
        String next = page.size() > size ? String.valueOf(shown.getLast().accountId()) : null;
        List<Map<String, Object>> results = shown.stream()
                .map(s -> Map.<String, Object>of("id", url + "/results/" + s.accountId(), "scoreOf", url,
                        "userId", String.valueOf(s.accountId()), "resultScore", Objects.requireNonNull(s.given()),
                        "resultMaximum", s.maximum() == null ? item.scoreMaximum() : s.maximum(),
                        "comment", s.comment() == null ? "" : s.comment()))
                .toList();
        return ResponseEntity.ok().headers(ServicePaging.links("after", next))
                .contentType(MediaType.parseMediaType(Lti.RESULTS_TYPE)).body(results);
    }

    private ToolLineItem owned(ServiceTokens.ServiceCaller caller, long classId, long id) {
        return lineItems.find(caller.toolId(), classId, id)
                .orElseThrow(() -> new NotFoundException("integration.lti.services.error.lineItem"));
    }

    private static LineItemBody body(long classId, ToolLineItem item) {
        return new LineItemBody(url(classId, item), item.label(), item.scoreMaximum(),
                item.linkId() == null ? null : String.valueOf(item.linkId()), item.resourceId(), item.tag());
    }

    private static String url(long classId, ToolLineItem item) {
        return SiteRoot.current() + Lti.contextPath(classId) + "/lineitems/" + item.id();
    }

    private static long idOr(String id, long otherwise) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
