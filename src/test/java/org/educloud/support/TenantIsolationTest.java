package org.educloud.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every registered endpoint as every role of district A against district B's ids: nothing of B may come
 * back, and nothing of B may change. Fails, too, when a module adds an endpoint without registering it.
 */
@EduCloudTest
class TenantIsolationTest {

    private static final List<Role> ROLES_IN_A =
            List.of(Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN, Role.TEACHER, Role.STUDENT, Role.PARENT,
                    Role.OPERATIONS_STAFF, Role.VENDOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRoleOfOneDistrictReachesAnotherDistrictsData() throws Exception {
        List<String> leaks = new ArrayList<>();
        TenantFixture.Side other = fixture.b();
        for (IsolatedEndpoint endpoint : registered()) {
            for (Role role : ROLES_IN_A) {
                UserId caller = fixture.a().person(role);
                MockHttpServletResponse response = mvc.perform(request(endpoint, other, caller)).andReturn().getResponse();
                String verdict = judge(endpoint, response, other);
                if (verdict != null) {
                    leaks.add(role + " " + endpoint.key() + ": " + verdict);
                }
            }
        }
        assertThat(leaks).as("endpoints that reached district B").isEmpty();
    }

    /**
     * Operations staff and vendors serve the schools of their own district without being part of them: no endpoint
     * may show them a student or a guardian there, nor fail on them.
     */
    @Test
    void serviceRolesSeeNoPeopleOfTheSchoolsTheyServe() throws Exception {
        List<String> leaks = new ArrayList<>();
        TenantFixture.Side own = fixture.a();
        List<String> people = List.of(own.school().name() + "学生", own.school().name() + "家长");
        for (IsolatedEndpoint endpoint : registered()) {
            if (endpoint.method() != org.springframework.http.HttpMethod.GET) {
                continue;
            }
            for (Role role : List.of(Role.OPERATIONS_STAFF, Role.VENDOR)) {
                MockHttpServletResponse response = mvc.perform(request(endpoint, own, own.person(role)))
                        .andReturn().getResponse();
                if (response.getStatus() >= 500) {
                    leaks.add(role + " " + endpoint.key() + ": server error " + response.getStatus());
                }
                people.stream().filter(response.getContentAsString()::contains)
                        .forEach(name -> leaks.add(role + " " + endpoint.key() + ": showed " + name));
            }
        }
        for (Role role : List.of(Role.OPERATIONS_STAFF, Role.VENDOR)) {
            for (String page : List.of("/home", "/learning/notifications")) {
                int status = mvc.perform(MockMvcRequestBuilders.get(page).with(authentication(fixture.as(own.person(role)))))
                        .andReturn().getResponse().getStatus();
                if (status != 200) {
                    leaks.add(role + " " + page + ": answered " + status + " to its own holder");
                }
            }
        }
        assertThat(leaks).as("endpoints that showed people to operations staff or vendors").isEmpty();
    }

    @Test
    void everyEndpointOfTheApplicationIsRegisteredOrExempt() {
        Set<String> covered = new HashSet<>();
        registered().forEach(e -> covered.add(e.key()));
        contributions().forEach(c -> covered.addAll(c.exempt().keySet()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry
                : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("org.educloud")) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    String key = method.name() + " " + pattern;
                    if (!covered.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from the tenant-isolation test").isEmpty();
    }

    private AbstractMockHttpServletRequestBuilder<?> request(IsolatedEndpoint endpoint, TenantFixture.Side other,
                                                          UserId caller) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (endpoint.files().isEmpty()) {
            request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.uri().apply(other));
        } else {
            var multipart = MockMvcRequestBuilders.multipart(endpoint.uri().apply(other));
            endpoint.files().forEach((name, content) -> multipart.file(new org.springframework.mock.web.MockMultipartFile(
                    name, name + ".csv", "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            request = multipart;
        }
        // the JSON API answers only personal tokens (a session there is 403 whatever the ids), so it is walked as one
        boolean api = endpoint.pattern().startsWith("/api/");
        request.with(authentication(api ? fixture.asTokenHolder(caller) : fixture.as(caller))).with(csrf());
        endpoint.params().forEach((name, value) -> request.param(name, value.apply(other)));
        if (endpoint.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.json().apply(other));
        }
        return request;
    }

    /** Null when the answer leaks nothing; otherwise what went wrong. */
    private static String judge(IsolatedEndpoint endpoint, MockHttpServletResponse response, TenantFixture.Side other)
            throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString();
        if (status >= 500) {
            return "server error " + status;
        }
        if (endpoint.kind() == IsolatedEndpoint.Kind.BY_ID) {
            return status == 403 || status == 404 ? null : "answered " + status + " instead of 403/404";
        }
        for (String marker : List.of(other.district().name(), other.school().name(), "fx." + other.key() + ".")) {
            if (body.contains(marker)) {
                return "listed " + marker;
            }
        }
        return null;
    }

    private static List<IsolatedEndpoint> registered() {
        List<IsolatedEndpoint> all = new ArrayList<>();
        contributions().forEach(c -> all.addAll(c.endpoints()));
        return all;
    }

    private static final Map<String, List<IsolatedEndpoints>> CACHE = new HashMap<>();

    private static List<IsolatedEndpoints> contributions() {
        return CACHE.computeIfAbsent("all", k -> {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AssignableTypeFilter(IsolatedEndpoints.class));
            List<IsolatedEndpoints> found = new ArrayList<>();
            for (var candidate : scanner.findCandidateComponents("org.educloud")) {
                try {
                    var type = Class.forName(candidate.getBeanClassName());
                    var constructor = type.getDeclaredConstructor();
                    constructor.setAccessible(true);
                    found.add((IsolatedEndpoints) constructor.newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot instantiate " + candidate.getBeanClassName(), e);
                }
            }
            assertThat(found).as("isolation contributions").isNotEmpty();
            return found;
        });
    }
}
