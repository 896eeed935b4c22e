package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Equity's digital page reads training hours and competence by locality through development's facade. */
@EduCloudTest
class TrainingFiguresTest {

    @Autowired
    TrainingFigures figures;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    MockMvc mvc;

    @Test
    void theCityShowsTheDemoProgrammesHoursInTownAndRuralBehindUrban() throws Exception {
        Scope city = identity.scopeOf(identity.accountNamed("city.admin").orElseThrow());
        OrgNodeView bureau = tenancy.search(city, new OrgQuery("江州市教育局", null, null, null, null), 0, 1).items()
                .getFirst();
        Map<Locality, LocalityTraining> byLocality = figures.byLocality(city, bureau.id()).stream()
                .collect(Collectors.toMap(LocalityTraining::locality, l -> l));
        assertThat(byLocality.get(Locality.URBAN).trainedTeachers()).isGreaterThanOrEqualTo(2);
        assertThat(byLocality.get(Locality.URBAN).hours()).isGreaterThanOrEqualTo(new java.math.BigDecimal("20"));
        assertThat(byLocality.get(Locality.RURAL).meanLevel()).isLessThan(byLocality.get(Locality.URBAN).meanLevel());

        mvc.perform(get("/equity/digital").param("org", String.valueOf(bureau.id().value()))
                        .with(authentication(fixture.as(identity.accountNamed("city.admin").orElseThrow()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("training-localities")));
    }

    @Test
    void anotherDistrictsFiguresAreNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.byLocality(
                        identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN)), fixture.b().district().id()))
                .isInstanceOf(NotFoundException.class);
    }
}
