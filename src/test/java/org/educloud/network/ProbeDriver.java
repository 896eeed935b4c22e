package org.educloud.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.Drafts;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the probe tests do as admins and as probes: a fresh school in district A (so closing it or degrading its
 * line touches no other test), an enrolment code issued on its probe page, enrolment, and batches of samples.
 */
final class ProbeDriver {

    private static final AtomicLong SCHOOLS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final Pattern CODE = Pattern.compile("class=\"figure\">([0-9A-Z-]{19})<");
    private static final Pattern CREDENTIAL = Pattern.compile("\"credential\":\"(ecprobe_[^\"]+)\"");
    private static final Pattern PROBE_ID = Pattern.compile("\"probeId\":(\\d+)");

    record Enrolled(long probeId, String credential) {
    }

    private final MockMvc mvc;
    private final TenantFixture fixture;
    private final TenancyManagement tenancy;

    ProbeDriver(MockMvc mvc, TenantFixture fixture, TenancyManagement tenancy) {
        this.mvc = mvc;
        this.fixture = fixture;
        this.tenancy = tenancy;
    }

    OrgNodeView newSchool(String name) {
        long n = SCHOOLS.incrementAndGet();
        return tenancy.registerSchool(Scope.installation(), fixture.a().district().id(), Drafts.aSchool()
                .named(name + n).coded(String.format("39%08d", n % 100_000_000)).in(Locality.RURAL).build());
    }

    /** Issues a code on the school's probe page as district A's admin and reads it off the page. */
    String issueCode(OrgId school) throws Exception {
        String page = mvc.perform(post("/network/schools/" + school.value() + "/probe/codes")
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher code = CODE.matcher(page);
        if (!code.find()) {
            throw new AssertionError("no enrolment code on the page");
        }
        return code.group(1);
    }

    ResultActions enrol(String code) throws Exception {
        return mvc.perform(post("/api/v1/probe/enrolment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"hostName\":\"test-host\",\"version\":\"test\"}"));
    }

    Enrolled enrolled(OrgId school) throws Exception {
        String body = enrol(issueCode(school)).andReturn().getResponse().getContentAsString();
        Matcher credential = CREDENTIAL.matcher(body);
        Matcher id = PROBE_ID.matcher(body);
        if (!credential.find() || !id.find()) {
            throw new AssertionError("enrolment failed: " + body);
        }
        return new Enrolled(Long.parseLong(id.group(1)), credential.group(1));
    }

    ResultActions send(String credential, String batch) throws Exception {
        return mvc.perform(post("/api/v1/probe/samples").header("Authorization", "Bearer " + credential)
                .contentType(MediaType.APPLICATION_JSON).content(batch));
    }

    static String batch(Instant sentAt, String... samples) {
        return "{\"sentAt\":\"" + sentAt + "\",\"heartbeatSeconds\":30,\"samples\":[" + String.join(",", samples)
                + "]}";
    }

    static String heartbeat(long sequence, Instant at) {
        return "{\"sequence\":" + sequence + ",\"kind\":\"HEARTBEAT\",\"at\":\"" + at + "\"}";
    }

    static String measurement(long sequence, Instant at, double downloadMbps) {
        return "{\"sequence\":" + sequence + ",\"kind\":\"MEASUREMENT\",\"at\":\"" + at + "\",\"latencyMs\":12.5,"
                + "\"downloadMbps\":" + downloadMbps + ",\"uploadMbps\":20.0,\"dnsMs\":3.1,\"loss\":0.0}";
    }

    static String heartbeats(long from, int count, Instant at) {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(heartbeat(from + i, at));
        }
        return batch(at, samples.toArray(String[]::new));
    }
}
