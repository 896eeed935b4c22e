package org.educloud.records.xapi;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The xAPI Statement resource: store one statement (PUT with its id) or a batch (POST), read one by id or its
 * voided form, and query with filters and paging. Writes need {@code statements/write}; reads see every
 * statement in the client's org with {@code statements/read}, or only the client's own with
 * {@code statements/read/mine}.
 */
@RestController
class StatementsResource {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> QUERY_PARAMETERS = Set.of("statementId", "voidedStatementId",
            "agent", "verb", "activity", "registration", "related_activities", "related_agents", "since", "until",
            "limit", "format", "attachments", "ascending", "offset");
    private static final int MAX_LIMIT = 500;

    private final StatementStore store;
    private final AttachmentStore attachmentStore;
    private final RequestLimits limits;
    private final JsonMapper json;

    StatementsResource(StatementStore store, AttachmentStore attachmentStore, RequestLimits limits, JsonMapper json) {
        this.store = store;
        this.attachmentStore = attachmentStore;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping("/xapi/statements")
    @Operation(summary = "Store one statement or a batch (all or nothing), as JSON or multipart/mixed with "
            + "attachments; answers their ids")
    ResponseEntity<List<String>> post(@AuthenticationPrincipal IntegrationCaller client,
                                      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
                                      @Nullable String contentType,
                                      HttpServletRequest request) {
        need(client, IntegrationScope.XAPI_WRITE);
        Received received = received(contentType, request);
        List<UUID> ids = store.store(received.statements(), received.contents(), client, version(request), homePage());
        return ResponseEntity.ok(ids.stream().map(UUID::toString).toList());
    }

    @PutMapping("/xapi/statements")
    @Operation(summary = "Store one statement under the given id")
    ResponseEntity<Void> put(@AuthenticationPrincipal IntegrationCaller client,
                             @RequestParam(required = false) @Nullable String statementId,
                             @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
                             @Nullable String contentType,
                             HttpServletRequest request) {
        need(client, IntegrationScope.XAPI_WRITE);
        UUID id = uuid(statementId, "statementId");
        Received received = received(contentType, request);
        if (received.batch() || received.statements().size() != 1) {
            throw new InvalidStatement("statement: a PUT stores one statement object");
        }
        JsonNode statement = received.statements().getFirst();
        if (statement.has("id") && !statement.get("id").asString().equalsIgnoreCase(id.toString())) {
            throw new InvalidStatement("statement.id: differs from the statementId parameter");
        }
        ((ObjectNode) statement).put("id", id.toString());
        store.store(List.of(statement), received.contents(), client, version(request), homePage());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/xapi/statements")
    @Operation(summary = "One statement by statementId or voidedStatementId, or a filtered page of statements")
    ResponseEntity<?> get(@AuthenticationPrincipal IntegrationCaller client,
                          @RequestParam Map<String, String> params,
                          @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                          @Nullable String acceptLanguage) {
        boolean all = client.holds(IntegrationScope.XAPI_READ);
        if (!all && !client.holds(IntegrationScope.XAPI_READ_MINE)) {
            throw new AccessDeniedException("statements/read");
        }
        String consistent = ISO.format(Instant.now());
        XapiTypes.storableParameters(params);
        for (String name : params.keySet()) {
            if (!QUERY_PARAMETERS.contains(name)) {
                throw new InvalidStatement(name + ": is not a parameter of the Statement resource");
            }
        }
        String format = params.getOrDefault("format", "exact");
        if (!StatementFormats.isFormat(format)) {
            throw new InvalidStatement("format: must be exact, ids or canonical");
        }
        boolean attachments = bool(params, "attachments");
        List<Locale.LanguageRange> languages = languages(acceptLanguage);
        if (params.containsKey("statementId") || params.containsKey("voidedStatementId")) {
            boolean voided = params.containsKey("voidedStatementId");
            boolean alone = params.keySet().stream().allMatch(name -> name.equals("format")
                    || name.equals("attachments") || name.equals(voided ? "voidedStatementId" : "statementId"));
            if (!alone) {
                throw new InvalidStatement("statementId or voidedStatementId come alone (with format and attachments)");
            }
            UUID id = uuid(params.get(voided ? "voidedStatementId" : "statementId"), "statementId");
            StatementStore.Found found = store.find(id, StatementReach.of(client))
                    .filter(f -> f.voided() == voided)
                    .orElseThrow(UnknownStatement::new);
            JsonNode statement = StatementFormats.apply(found.statement(), format, languages);
            return answer(ResponseEntity.ok()
                            .header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(found.stored()))
                            .header("X-Experience-API-Consistent-Through", consistent),
                    statement, List.of(found.statement()), attachments);
        }
        StatementStore.StatementQuery query = query(params);
        List<JsonNode> statements = store.query(StatementReach.of(client), query);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("statements", statements.stream().map(s -> StatementFormats.apply(s, format, languages)).toList());
        result.put("more", statements.size() < query.limit() ? "" : more(query));
        JsonNode page = json.valueToTree(result);
        return answer(ResponseEntity.ok().header("X-Experience-API-Consistent-Through", consistent), page,
                statements, attachments);
    }

    /** The statements of a request, with the attachment contents it carried. */
    private record Received(List<JsonNode> statements, List<StatementAttachments.Content> contents, boolean batch) {
    }

    private Received received(@Nullable String contentType, HttpServletRequest request) {
        boolean multipart = MultipartMixed.isMultipartMixed(contentType);
        byte[] body = limits.statementsBody(request, multipart);
        if (body.length == 0) {
            throw new InvalidStatement("the request has no statements");
        }
        if (multipart) {
            List<MultipartMixed.Part> parts = MultipartMixed.read(contentType, body);
            if (parts.isEmpty() || !parts.getFirst().mediaType().equals(MediaType.APPLICATION_JSON_VALUE)) {
                throw new InvalidStatement("multipart body: the first part must be the statements as application/json");
            }
            limits.parts(parts.getFirst().body().length,
                    parts.stream().skip(1).mapToLong(part -> part.body().length).sum());
            JsonNode parsed = parse(parts.getFirst().body());
            List<JsonNode> statements = statements(parsed);
            statements.forEach(StatementValidator::statement);
            return new Received(statements, StatementAttachments.match(statements, parts.subList(1, parts.size())),
                    parsed.isArray());
        }
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            throw new InvalidStatement("Content-Type: statements are sent as application/json, or as multipart/mixed "
                    + "with attachments");
        }
        JsonNode parsed = parse(body);
        List<JsonNode> statements = statements(parsed);
        statements.forEach(StatementValidator::statement);
        StatementAttachments.requireFileUrls(statements);
        return new Received(statements, List.of(), parsed.isArray());
    }

    private List<JsonNode> statements(JsonNode parsed) {
        limits.batch(parsed.isArray() ? parsed.size() : 1);
        List<JsonNode> statements = new ArrayList<>();
        if (parsed.isArray()) {
            parsed.forEach(statements::add);
        } else {
            statements.add(parsed);
        }
        return statements;
    }

    /**
     * With attachments asked for, the answer is multipart/mixed: the JSON first, then each attachment content the
     * returned statements carried, once.
     */
    private ResponseEntity<?> answer(ResponseEntity.BodyBuilder answer, JsonNode result, List<JsonNode> statements,
                                     boolean attachments) {
        if (!attachments) {
            return answer.contentType(MediaType.APPLICATION_JSON).body(result);
        }
        Set<UUID> ids = new LinkedHashSet<>();
        statements.forEach(statement -> ids.add(UUID.fromString(statement.get("id").asString())));
        List<MultipartMixed.Part> parts = new ArrayList<>();
        parts.add(new MultipartMixed.Part(Map.of("Content-Type", MediaType.APPLICATION_JSON_VALUE),
                json.writeValueAsBytes(result)));
        for (StatementAttachments.Content content : attachmentStore.carriedBy(ids)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", content.contentType());
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", content.sha2());
            parts.add(new MultipartMixed.Part(headers, content.bytes()));
        }
        String boundary = "xapi" + UUID.randomUUID().toString().replace("-", "");
        return answer.contentType(MediaType.parseMediaType("multipart/mixed; boundary=" + boundary))
                .body(MultipartMixed.write(boundary, parts));
    }

    private static boolean bool(Map<String, String> params, String name) {
        String value = params.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidStatement(name + ": must be true or false");
        }
        return value.equals("true");
    }

    private static List<Locale.LanguageRange> languages(@Nullable String acceptLanguage) {
        try {
            return acceptLanguage == null || acceptLanguage.isBlank() ? List.of()
                    : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            throw new InvalidStatement("Accept-Language: is not a list of language ranges");
        }
    }

    private StatementStore.StatementQuery query(Map<String, String> params) {
        int limit = params.containsKey("limit") ? number(params.get("limit"), "limit") : 100;
        if (limit == 0 || limit > MAX_LIMIT) {
            limit = MAX_LIMIT;
        }
        int offset = params.containsKey("offset") ? number(params.get("offset"), "offset") : 0;
        String agent = null;
        if (params.containsKey("agent")) {
            JsonNode node = parse(params.get("agent"));
            StatementValidator.agentParameter(node);
            agent = FilterColumns.agentKey(node);
        }
        return new StatementStore.StatementQuery(params.get("verb"), params.get("activity"),
                params.containsKey("registration") ? uuid(params.get("registration"), "registration") : null, agent,
                bool(params, "related_activities"), bool(params, "related_agents"),
                instant(params.get("since"), "since"), instant(params.get("until"), "until"),
                "true".equals(params.get("ascending")), limit, offset);
    }

    private static String more(StatementStore.StatementQuery query) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", query.offset() + query.limit())
                .replaceQueryParam("limit", query.limit()).build().toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidStatement("the request is not valid JSON");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidStatement("the request is not valid JSON");
        }
    }

    private static void need(IntegrationCaller client, IntegrationScope scope) {
        if (!client.holds(scope)) {
            throw new AccessDeniedException(scope.uri());
        }
    }

    private static XapiVersion version(HttpServletRequest request) {
        Object version = request.getAttribute(XapiVersionFilter.VERSION_ATTRIBUTE);
        return version instanceof XapiVersion v ? v : XapiVersion.V2_0;
    }

    private static String homePage() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/xapi").toUriString();
    }

    private static UUID uuid(@Nullable String value, String name) {
        try {
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidStatement(name + ": must be a UUID");
        }
    }

    private static int number(String value, String name) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidStatement(name + ": must be a whole number of at least 0");
        }
    }

    private static @Nullable Instant instant(@Nullable String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidStatement(name + ": must be an ISO 8601 timestamp with an offset");
        }
    }

    /** No statement with that id in the client's reach (or not in the asked-for voided state). */
    static final class UnknownStatement extends RuntimeException {
    }
}
