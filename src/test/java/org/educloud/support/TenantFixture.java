package org.educloud.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Two districts of one test region, each with one school and a person in every role, created once per test
 * context through the modules' own facades. Tests act as someone in district A and reach for district B's ids.
 */
@Component
public class TenantFixture {

    public static final String PASSWORD = "Fixture2026pw";

    /** One side of the fixture: a district, its school and its people. */
    public record Side(String key, OrgNodeView district, OrgNodeView school, Map<Role, UserId> people,
                       long teacherTokenId) {

        public UserId person(Role role) {
            return people.get(role);
        }
    }

    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApiTokens tokens;
    private OrgNodeView region;
    private Side a;
    private Side b;
    private UserId regionAdmin;

    TenantFixture(TenancyManagement tenancy, IdentityManagement identity, ApiTokens tokens) {
        this.tenancy = tenancy;
        this.identity = identity;
        this.tokens = tokens;
    }

    public synchronized Side a() {
        ensure();
        return a;
    }

    public synchronized Side b() {
        ensure();
        return b;
    }

    public synchronized OrgNodeView region() {
        ensure();
        return region;
    }

    public synchronized UserId regionAdmin() {
        ensure();
        return regionAdmin;
    }

    /** An authenticated caller as the security filters would have it after login. */
    public Authentication as(UserId user) {
        Scope scope = identity.scopeOf(user);
        var account = identity.self(user);
        List<String> roles = scope.grants().stream().map(g -> g.role().name()).distinct().toList();
        AccountPrincipal principal = new AccountPrincipal(user, account.username(), account.displayName(), roles);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    private void ensure() {
        if (a != null) {
            return;
        }
        Scope installation = Scope.installation();
        region = tenancy.search(installation, new OrgQuery("隔离测试市教育局", null, null, null, null), 0, 1).items()
                .stream().findFirst()
                .orElseGet(() -> tenancy.registerBureau(installation, null, new BureauDraft("隔离测试市教育局", null)));
        regionAdmin = account(installation, "fx.region", Role.REGION_ADMIN, region.id());
        a = side(installation, "a", "甲区教育局", "甲区第一小学", "3900000001");
        b = side(installation, "b", "乙县教育局", "乙县第一小学", "3900000002");
    }

    private Side side(Scope installation, String key, String districtName, String schoolName, String code) {
        OrgNodeView district = tenancy.registerBureau(installation, region.id(), new BureauDraft(districtName, null));
        OrgNodeView school = tenancy.registerSchool(installation, district.id(), new SchoolDraft(schoolName, code,
                java.util.Set.of(Stage.PRIMARY), key.equals("a") ? Locality.URBAN : Locality.RURAL, false,
                null, null, null));
        Map<Role, UserId> people = new EnumMap<>(Role.class);
        people.put(Role.DISTRICT_ADMIN, account(installation, "fx." + key + ".district", Role.DISTRICT_ADMIN, district.id()));
        for (Role role : List.of(Role.SCHOOL_ADMIN, Role.TEACHER, Role.STUDENT, Role.PARENT)) {
            people.put(role, account(installation, "fx." + key + "." + role.name().toLowerCase(), role, school.id()));
        }
        tokens.create(people.get(Role.TEACHER), "fixture token", 30);
        long tokenId = tokens.of(people.get(Role.TEACHER)).getFirst().id();
        return new Side(key, district, school, people, tokenId);
    }

    private UserId account(Scope installation, String username, Role role, OrgId org) {
        return identity.create(installation, new NewAccount(username, username, null, null, role, org.value(),
                PASSWORD), false).account().id();
    }
}
