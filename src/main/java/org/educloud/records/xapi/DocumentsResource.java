package org.educloud.records.xapi;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI document resources: activity state, activity profiles and agent profiles. Documents are stored as sent;
 * POST merges JSON objects key by key; writes follow the concurrency rules (If-Match and If-None-Match, 412 when
 * they fail, 409 for an unconditional overwrite of an existing document); GET without a document id lists ids.
 */
@RestController
class DocumentsResource {

    private static final String STATE = "/xapi/activities/state";
    private static final String ACTIVITY_PROFILE = "/xapi/activities/profile";
    private static final String AGENT_PROFILE = "/xapi/agents/profile";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final DocumentStore documents;
    private final EduCloudLearners learners;
    private final RequestLimits limits;
    private final JsonMapper json;

    DocumentsResource(DocumentStore documents, EduCloudLearners learners, RequestLimits limits, JsonMapper json) {
        this.documents = documents;
        this.learners = learners;
        this.limits = limits;
        this.json = json;
    }

    @GetMapping({STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    ResponseEntity<?> get(@AuthenticationPrincipal IntegrationCaller client, @RequestParam Map<String, String> params,
                          HttpServletRequest request) {
        Target target = target(client, request, params);
        if (target.key().documentId().isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(documents.ids(target.key(), instant(params.get("since"))));
        }
        DocumentStore.Document document = documents.find(target.key())
                .orElseThrow(StatementsResource.UnknownStatement::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .eTag("\"" + document.etag() + "\"")
                .header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(document.updated()))
                .body(document.content());
    }

    @PutMapping({STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    ResponseEntity<Void> put(@AuthenticationPrincipal IntegrationCaller client, @RequestParam Map<String, String> params,
                             @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        byte[] body = limits.documentBody(request);
        String type = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        String ifMatch = headers.getFirst(HttpHeaders.IF_MATCH);
        String ifNoneMatch = headers.getFirst(HttpHeaders.IF_NONE_MATCH);
        Target target = target(client, request, params);
        requireDocumentId(target);
        Optional<DocumentStore.Document> existing = documents.find(target.key());
        preconditions(existing, ifMatch, ifNoneMatch);
        if (ifMatch == null && ifNoneMatch == null) {
            if (existing.isPresent()) {
                throw new DocumentRefused(409, "The document exists: send If-Match with its ETag to replace it.");
            }
            if (target.profile() && target.version() == XapiVersion.V1_0_3) {
                throw new InvalidStatement("a profile is written with If-Match or If-None-Match");
            }
        }
        documents.save(target.key(), body, contentType(type, "application/octet-stream"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping({STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    ResponseEntity<Void> post(@AuthenticationPrincipal IntegrationCaller client,
                              @RequestParam Map<String, String> params,
                              @RequestHeader HttpHeaders headers, HttpServletRequest request) {
        byte[] body = limits.documentBody(request);
        String type = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        Target target = target(client, request, params);
        requireDocumentId(target);
        Optional<DocumentStore.Document> existing = documents.find(target.key());
        preconditions(existing, headers.getFirst(HttpHeaders.IF_MATCH), headers.getFirst(HttpHeaders.IF_NONE_MATCH));
        ObjectNode incoming = jsonObject(body, type, "the posted document");
        if (existing.isEmpty()) {
            documents.save(target.key(), body, "application/json");
            return ResponseEntity.noContent().build();
        }
        // Merging is shallow: top-level properties of the new document replace those of the stored one.
        ObjectNode merged = jsonObject(existing.get().content(), existing.get().contentType(), "the stored document");
        incoming.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
        documents.save(target.key(), json.writeValueAsBytes(merged), "application/json");
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping({STATE, ACTIVITY_PROFILE, AGENT_PROFILE})
    ResponseEntity<Void> delete(@AuthenticationPrincipal IntegrationCaller client,
                                @RequestParam Map<String, String> params,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                HttpServletRequest request) {
        Target target = target(client, request, params);
        if (target.key().documentId().isEmpty()) {
            if (target.profile()) {
                throw new InvalidStatement("profileId: is required");
            }
            documents.deleteAll(target.key());
            return ResponseEntity.noContent().build();
        }
        preconditions(documents.find(target.key()), ifMatch, null);
        documents.delete(target.key());
        return ResponseEntity.noContent().build();
    }

    /** The document a request names, checked: its parameters, the client's scope and org. */
    private record Target(DocumentStore.Key key, boolean profile, XapiVersion version) {
    }

    private Target target(IntegrationCaller client, HttpServletRequest request, Map<String, String> params) {
        XapiTypes.storableParameters(params);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        char kind = path.equals(STATE) ? 'S' : path.equals(ACTIVITY_PROFILE) ? 'A' : 'P';
        if (!client.holds(kind == 'S' ? IntegrationScope.XAPI_STATE : IntegrationScope.XAPI_PROFILE)) {
            throw new AccessDeniedException((kind == 'S' ? IntegrationScope.XAPI_STATE : IntegrationScope.XAPI_PROFILE).uri());
        }
        String activity = "";
        String agent = "";
        String registration = "";
        if (kind != 'P') {
            activity = required(params, "activityId");
            if (!iri(activity)) {
                throw new InvalidStatement("activityId: must be an absolute IRI");
            }
        }
        if (kind != 'A') {
            JsonNode node;
            try {
                node = json.readTree(required(params, "agent"));
            } catch (JacksonException e) {
                throw new InvalidStatement("agent: must be an Agent as JSON");
            }
            StatementValidator.agentParameter(node);
            learners.requireInReach(node, client);
            agent = FilterColumns.agentKey(node);
        }
        if (kind == 'S' && params.containsKey("registration")) {
            try {
                registration = UUID.fromString(params.get("registration")).toString();
            } catch (IllegalArgumentException e) {
                throw new InvalidStatement("registration: must be a UUID");
            }
        }
        String documentId = params.getOrDefault(kind == 'S' ? "stateId" : "profileId", "");
        Object version = request.getAttribute(XapiVersionFilter.VERSION_ATTRIBUTE);
        return new Target(new DocumentStore.Key(kind, client.orgPath().value(), activity, agent, registration,
                documentId), kind != 'S', version instanceof XapiVersion v ? v : XapiVersion.V2_0);
    }

    /** The content type a document is stored and served with: what the client sent, within what the store keeps. */
    private static String contentType(@Nullable String type, String otherwise) {
        if (type == null) {
            return otherwise;
        }
        if (type.length() > 255) {
            throw new InvalidStatement("Content-Type: is longer than 255 characters");
        }
        return type;
    }

    private static void requireDocumentId(Target target) {
        if (target.key().documentId().isEmpty()) {
            throw new InvalidStatement((target.profile() ? "profileId" : "stateId") + ": is required");
        }
    }

    private static void preconditions(Optional<DocumentStore.Document> existing, @Nullable String ifMatch,
                                      @Nullable String ifNoneMatch) {
        if (ifMatch != null) {
            boolean matches = existing.isPresent() && (ifMatch.strip().equals("*") || Arrays.stream(ifMatch.split(","))
                    .map(tag -> tag.strip().replace("\"", "")).anyMatch(existing.get().etag()::equalsIgnoreCase));
            if (!matches) {
                throw new DocumentRefused(412, "If-Match does not match the stored document.");
            }
        }
        if (ifNoneMatch != null && existing.isPresent() && (ifNoneMatch.strip().equals("*")
                || ifNoneMatch.replace("\"", "").contains(existing.get().etag()))) {
            throw new DocumentRefused(412, "If-None-Match: the document already exists.");
        }
    }

    private ObjectNode jsonObject(byte[] content, @Nullable String type, String what) {
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new InvalidStatement(what + " must be application/json to be merged");
        }
        try {
            JsonNode node = json.readTree(content);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // falls through
        }
        throw new InvalidStatement(what + " must be a JSON object to be merged");
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidStatement(name + ": is required");
        }
        return value;
    }

    private static boolean iri(String value) {
        try {
            return new URI(value.replace(" ", "%20")).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidStatement("since: must be an ISO 8601 timestamp with an offset");
        }
    }
}
