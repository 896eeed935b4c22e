package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.educloud.equity.surveys.BulkSurveys;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After a bureau imports its schools' figures, it submits them for the schools and confirms them in bulk (issue 25
 * item 5): a preview names the schools that will be done and why the others will not, the action does exactly the
 * previewed surveys, leaves alone one changed meanwhile, and writes an audit entry per school and one for the
 * bulk action; nobody outside the bureau reaches it.
 */
@EduCloudTest
class BulkSurveyTest {

    @Autowired
    BulkSurveys bulk;
    @Autowired
    Surveys surveys;
    @Autowired
    SchoolYears years;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static SurveyFigures figures(String teaching) {
        return new SurveyFigures(new BigDecimal(teaching), new BigDecimal("200"), new BigDecimal("20"),
                new BigDecimal("60000"), 1, 3, 400);
    }

    @Test
    void aBureauSubmitsThenConfirmsItsSchoolsInBulkAfterAPreviewWithAnAuditEntryEach() {
        Scope region = identity.scopeOf(fixture.regionAdmin());
        String year = years.current();
        Counties counties = new Counties(tenancy, jdbc, year);
        RosterRows rows = new RosterRows(jdbc, years);
        OrgNodeView county = counties.county(fixture.region().id(), "批量县");
        OrgNodeView first = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView second = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView unfinished = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView untouched = counties.school(county, Set.of(Stage.PRIMARY), false);
        for (OrgNodeView school : List.of(first, second, unfinished)) {
            rows.placed(school, 2, 20);
        }
        surveys.save(region, first.id(), year, figures("125"), null);
        surveys.save(region, second.id(), year, figures("125"), null);
        surveys.save(region, unfinished.id(), year, new SurveyFigures(new BigDecimal("125"), null, null, null, null,
                null, null), null);

        BulkSurveys.Plan plan = bulk.preview(region, county.id(), year, BulkSurveys.Action.SUBMIT);
        assertThat(plan.ready()).extracting(BulkSurveys.Item::schoolName).containsExactly(first.name(), second.name());
        assertThat(plan.notReady()).extracting(BulkSurveys.Item::schoolName, BulkSurveys.Item::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(unfinished.name(), "equity.bulk.reason.incomplete"),
                org.assertj.core.groups.Tuple.tuple(untouched.name(), "equity.bulk.reason.status"));
        assertThat(plan.notReady().getFirst().reasonArguments()).containsExactly("sportsGroundArea");

        // the second school changes its figures after the preview: it is left alone, not submitted unseen
        int previewed = surveys.of(region, second.id(), year).version();
        surveys.save(region, second.id(), year, figures("130"), previewed);
        BulkSurveys.Outcome submitted = bulk.apply(region, county.id(), year, BulkSurveys.Action.SUBMIT,
                plan.ready().stream().map(i -> new BulkSurveys.Chosen(i.school().value(), i.version())).toList());
        assertThat(submitted.done()).isEqualTo(1);
        assertThat(submitted.leftAlone()).containsExactly(second.name());
        assertThat(surveys.of(region, first.id(), year).status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(surveys.of(region, second.id(), year).status()).isEqualTo(SurveyStatus.DRAFT);

        BulkSurveys.Plan confirming = bulk.preview(region, county.id(), year, BulkSurveys.Action.CONFIRM);
        assertThat(confirming.ready()).extracting(BulkSurveys.Item::schoolName).containsExactly(first.name());
        BulkSurveys.Outcome confirmed = bulk.apply(region, county.id(), year, BulkSurveys.Action.CONFIRM,
                confirming.ready().stream().map(i -> new BulkSurveys.Chosen(i.school().value(), i.version()))
                        .toList());
        assertThat(confirmed.done()).isEqualTo(1);
        assertThat(surveys.of(region, first.id(), year).status()).isEqualTo(SurveyStatus.CONFIRMED);

        assertThat(audit("equity.survey.submitted", first.name())).isEqualTo(1);
        assertThat(audit("equity.survey.confirmed", first.name())).isEqualTo(1);
        assertThat(audit("equity.survey.bulkSubmitted", county.name())).isEqualTo(1);
        assertThat(audit("equity.survey.bulkConfirmed", county.name())).isEqualTo(1);
    }

    @Test
    void onlyTheBureausOwnAdminsPreviewOrActInBulk() {
        String year = years.current();
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.DISTRICT_ADMIN));
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> bulk.preview(otherDistrict, fixture.a().district().id(), year,
                BulkSurveys.Action.CONFIRM)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bulk.preview(schoolAdmin, fixture.a().district().id(), year,
                BulkSurveys.Action.SUBMIT)).isInstanceOf(NotFoundException.class);
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> bulk.apply(districtA, fixture.a().district().id(), year,
                BulkSurveys.Action.CONFIRM, List.of(new BulkSurveys.Chosen(fixture.b().school().id().value(), 0))))
                .as("a school outside the bureau is not reached").isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePreviewPagePostsExactlyThePreviewedSurveys() throws Exception {
        Scope region = identity.scopeOf(fixture.regionAdmin());
        String year = years.current();
        Counties counties = new Counties(tenancy, jdbc, year);
        OrgNodeView county = counties.county(fixture.region().id(), "批量页面县");
        OrgNodeView school = counties.school(county, Set.of(Stage.PRIMARY), false);
        new RosterRows(jdbc, years).placed(school, 4, 20);
        surveys.save(region, school.id(), year, figures("125"), null);
        var admin = authentication(fixture.as(fixture.regionAdmin()));

        Document preview = Jsoup.parse(mvc.perform(get("/equity/surveys/bulk").param("org", county.id().toString())
                        .param("action", "SUBMIT").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(preview.selectFirst("#bulk-ready").text()).contains(school.name());
        assertThat(preview.select("#bulk-ready input[name=school], #bulk-ready input[name=version]"))
                .as("one field for all schools, not two per school").isEmpty();
        String field = preview.select("#bulk-ready input[name=plan]").attr("value");
        assertThat(field).matches(school.id() + ":\\d+");

        var posted = mvc.perform(post("/equity/surveys/bulk").param("org", county.id().toString()).param("year", year)
                        .param("action", "SUBMIT").param("plan", field)
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("bulkDone", 1))
                .andExpect(flash().attribute("bulkLeftAlone", 0)).andReturn();
        assertThat(surveys.of(region, school.id(), year).status()).isEqualTo(SurveyStatus.SUBMITTED);
        Document list = Jsoup.parse(mvc.perform(get("/equity/surveys").param("org", county.id().toString())
                .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("#bulk-submit, #bulk-confirm")).hasSize(2);
        // the list the bulk action leads back to says what was done (the flash travels with the session)
        var back = get(posted.getResponse().getRedirectedUrl()).with(admin);
        if (posted.getResponse().getCookies().length > 0) {
            back = back.cookie(posted.getResponse().getCookies());
        }
        if (posted.getRequest().getSession(false) instanceof org.springframework.mock.web.MockHttpSession session) {
            back = back.session(session);
        }
        Document after = Jsoup.parse(mvc.perform(back).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(after.selectFirst("#bulk-outcome").text()).isEqualTo("已处理 1 所学校；0 所在预览后有变化，未处理。");
    }

    @Test
    void aRequestNamingASchoolOutOfReachIsRefusedWholeBeforeAnySchoolIsDone() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        Scope region = identity.scopeOf(fixture.regionAdmin());
        String year = years.current();
        Counties counties = new Counties(tenancy, jdbc, year);
        OrgNodeView own = counties.school(fixture.a().district(), Set.of(Stage.PRIMARY), false);
        new RosterRows(jdbc, years).placed(own, 3, 20);
        surveys.save(region, own.id(), year, figures("125"), null);
        int version = surveys.of(region, own.id(), year).version();
        long bulkEntries = audit("equity.survey.bulkSubmitted", fixture.a().district().name());

        assertThatThrownBy(() -> bulk.apply(districtA, fixture.a().district().id(), year, BulkSurveys.Action.SUBMIT,
                List.of(new BulkSurveys.Chosen(own.id().value(), version),
                        new BulkSurveys.Chosen(fixture.b().school().id().value(), 0))))
                .isInstanceOf(NotFoundException.class);
        assertThat(surveys.of(region, own.id(), year).status()).as("nothing done").isEqualTo(SurveyStatus.DRAFT);
        assertThat(audit("equity.survey.bulkSubmitted", fixture.a().district().name())).isEqualTo(bulkEntries);

        BulkSurveys.Outcome twice = bulk.apply(districtA, fixture.a().district().id(), year,
                BulkSurveys.Action.SUBMIT, List.of(new BulkSurveys.Chosen(own.id().value(), version),
                        new BulkSurveys.Chosen(own.id().value(), version)));
        assertThat(twice.done()).as("a school named twice is done once").isEqualTo(1);
        assertThat(twice.leftAlone()).as("and not reported as changed").isEmpty();
        assertThat(surveys.of(region, own.id(), year).counts().allStudents())
                .as("the head counts read once for the whole request are the ones fixed").isEqualTo(20);
    }

    @Test
    void theBulkApiRefusesMalformedOversizedOrEmptyListsWithProblemDetails() throws Exception {
        var admin = authentication(fixture.asTokenHolder(fixture.regionAdmin()));
        String url = "/api/v1/equity/orgs/" + fixture.region().id() + "/surveys/" + years.current() + "/bulk";
        mvc.perform(post(url).param("action", "CONFIRM").contentType("application/json").content("[null]")
                        .locale(java.util.Locale.ENGLISH).header("Accept-Language", "en").with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Item 1 is not a valid choice")));
        mvc.perform(post(url).param("action", "CONFIRM").contentType("application/json").content("[]").with(admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("没有可以处理的调查表"));
        String many = "[" + String.join(",", java.util.Collections.nCopies(BulkSurveys.MOST_CHOSEN + 1,
                "{\"school\":1,\"version\":0}")) + "]";
        mvc.perform(post(url).param("action", "CONFIRM").contentType("application/json").content(many).with(admin))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(url).param("action", "CONFIRM").contentType("application/json")
                        .content("[{\"school\":\"x\"}]").with(admin))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageSendsEverySchoolInOneBoundedFieldWhateverTheRegionsSize() {
        StringBuilder thousand = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            thousand.append(i == 1 ? "" : ",").append(100_000 + i).append(':').append(i % 7);
        }
        assertThat(BulkSurveys.fromField(thousand.toString())).hasSize(1000)
                .first().isEqualTo(new BulkSurveys.Chosen(100_001, 1));
        for (String bad : List.of("", "1:2,,3:4", "1;2", "a:1", "1:2:3", "99999999999999999999:1")) {
            assertThatThrownBy(() -> BulkSurveys.fromField(bad))
                    .as(bad).isInstanceOf(org.educloud.shared.RuleViolationException.class);
        }
    }

    @Test
    void theBulkAuditEntriesReadAsWordsInTheAuditLog() {
        var messages = java.util.ResourceBundle.getBundle("messages/identity", java.util.Locale.ROOT);
        var english = java.util.ResourceBundle.getBundle("messages/identity", java.util.Locale.ENGLISH);
        for (String action : List.of("equity.survey.bulkSubmitted", "equity.survey.bulkConfirmed")) {
            assertThat(messages.getString("identity.audit.event." + action)).contains("批量");
            assertThat(english.getString("identity.audit.event." + action)).contains("in bulk");
        }
    }

    private long audit(String action, String target) {
        return jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = ? AND target = ?")
                .params(action, target).query(Long.class).single();
    }
}
