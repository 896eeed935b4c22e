package org.educloud.demo.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.educloud.demo.schools.DemoInstallation;
import org.educloud.network.AccessType;
import org.educloud.network.ConnectivityFigures;
import org.educloud.network.ConnectivityRegistry;
import org.educloud.network.ConnectivityView;
import org.educloud.network.LocalityBandwidth;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city's schools have all declared their connectivity, the rural ones far behind the urban ones. */
@EduCloudTest
class DemoConnectivityTest {

    @Autowired
    TenancyManagement tenancy;
    @Autowired
    ConnectivityRegistry registry;
    @Autowired
    ConnectivityFigures figures;

    @Test
    void everyDemoSchoolDeclaredOneOnASatelliteLineAndOneWithoutAccess() {
        Scope all = Scope.installation();
        OrgNodeView city = tenancy.search(all, new OrgQuery(DemoInstallation.CITY, OrgKind.REGION, null, null, null),
                0, 1).items().getFirst();
        List<ConnectivityView> declared = tenancy.schoolsUnder(city.path()).stream()
                .map(school -> registry.current(all, school.id()).orElseThrow()).toList();
        assertThat(declared).hasSize(12);
        assertThat(declared).filteredOn(c -> c.accessType() == AccessType.SATELLITE)
                .singleElement().satisfies(c -> assertThat(c.contractedDownMbps()).isLessThanOrEqualTo(20));
        assertThat(declared).filteredOn(c -> c.accessType() == AccessType.NONE).hasSize(1);

        List<LocalityBandwidth> byLocality = figures.bandwidthByLocality(all, city.id());
        LocalityBandwidth urban = byLocality.stream().filter(b -> b.locality() == Locality.URBAN).findFirst().orElseThrow();
        LocalityBandwidth rural = byLocality.stream().filter(b -> b.locality() == Locality.RURAL).findFirst().orElseThrow();
        assertThat(rural.declaredSchools()).isEqualTo(rural.schools());
        assertThat(rural.connectedShare()).isLessThan(1.0);
        assertThat(rural.mbpsPerStudent()).isLessThan(urban.mbpsPerStudent());
    }
}
