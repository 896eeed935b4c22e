package org.educloud.integration.lti.grades;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ServiceAuthentication;
import org.educloud.integration.lti.support.ServiceTokens;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignment and Grade Services 2.0 for one class (the launch's context): the tool's line items there, a new one,
 * one of them, scores posted to it and the results kept. Only a tool launched in the class reaches it, and only
 * its own line items.
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
                                            @RequestParam(required = false) @Nullable String tag) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM,
                Lti.SCOPE_LINE_ITEM_READ);
        List<LineItemBody> items = lineItems.of(caller.toolId(), classId).stream()
                .filter(i -> link == null || link.equals(i.linkId() == null ? null : String.valueOf(i.linkId())))
                .filter(i -> resource == null || resource.equals(i.resourceId()))
                .filter(i -> tag == null || tag.equals(i.tag()))
                .map(i -> body(classId, i)).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.LINE_ITEMS_TYPE)).body(items);
    }

    @PostMapping
    ResponseEntity<LineItemBody> create(@PathVariable long classId, @RequestBody LineItemBody body,
                                        HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_LINE_ITEM);
        Long linkId = null;
        if (body.resourceLinkId() != null) {
            linkId = links.find(parsed(body.resourceLinkId()))
                    .filter(l -> l.toolId() == caller.toolId() && l.classId() == classId)
                    .orElseThrow(() -> new NotFoundException("integration.lti.error.linkNotFound")).id();
        }
        if (body.scoreMaximum() == null) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
        ToolLineItem item = lineItems.create(caller.toolId(), classId, linkId, body.label() == null ? "" : body.label(),
                body.scoreMaximum(), body.resourceId(), body.tag());
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
                                                      @Nullable String userId, HttpServletRequest request) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_RESULT_READ);
        ToolLineItem item = owned(caller, classId, id);
        String url = url(classId, item);
        List<Map<String, Object>> results = rows.scores(item.id(), userId == null ? null : Scores.accountOf(userId))
                .stream().filter(s -> s.given() != null)
                .map(s -> Map.<String, Object>of("id", url + "/results/" + s.accountId(), "scoreOf", url,
                        "userId", String.valueOf(s.accountId()), "resultScore", s.given(),
                        "resultMaximum", s.maximum() == null ? item.scoreMaximum() : s.maximum(),
                        "comment", s.comment() == null ? "" : s.comment()))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.RESULTS_TYPE)).body(results);
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

    private static long parsed(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("integration.lti.error.linkNotFound");
        }
    }
}
