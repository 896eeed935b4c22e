package org.educloud.support;

import static org.educloud.support.Drafts.aSchool;

import org.educloud.shared.Scope;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;

/**
 * Org nodes for module tests, which start from an empty database: a city bureau with one district, and schools in it,
 * registered through the tenancy module's API as an operator.
 */
public final class OrgTree {

    private final TenancyManagement tenancy;
    private final OrgNodeView city;
    private final OrgNodeView district;

    private OrgTree(TenancyManagement tenancy, OrgNodeView city, OrgNodeView district) {
        this.tenancy = tenancy;
        this.city = city;
        this.district = district;
    }

    /** A new city bureau and a district below it, named after the test so that lists stay readable. */
    public static OrgTree cityWithDistrict(TenancyManagement tenancy, String cityName) {
        OrgNodeView city = tenancy.registerBureau(Scope.installation(), null, new BureauDraft(cityName + "教育局", null));
        OrgNodeView district = tenancy.registerBureau(Scope.installation(), city.id(),
                new BureauDraft(cityName + "城区教育局", null));
        return new OrgTree(tenancy, city, district);
    }

    public OrgNodeView city() {
        return city;
    }

    public OrgNodeView district() {
        return district;
    }

    /** An urban primary school of the district. */
    public OrgNodeView school(String name) {
        return school(name, Locality.URBAN);
    }

    public OrgNodeView school(String name, Locality locality) {
        return tenancy.registerSchool(Scope.installation(), district.id(), aSchool().named(name).in(locality).build());
    }
}
