package org.educloud.maintenance.vendors;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Masking;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's register of service companies and their accounts. District admins (and bureaus above) register
 * companies and create their accounts; the district's operations staff read the register to assign tickets. A vendor
 * account's company is answered only while its vendor grant on the company's district stands.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("vendors")
public class Vendors {

    private static final String COLUMNS = "v.id, v.district_id, v.district_path, v.name, v.contact, v.phone, v.services, "
            + "(SELECT count(*) FROM maintenance.vendor_account a WHERE a.vendor_id = v.id)";

    private final JdbcClient jdbc;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final Clock clock;

    Vendors(JdbcClient jdbc, TenancyManagement tenancy, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.identity = identity;
        this.clock = clock;
    }

    /** Registers a company with a district the caller administers; a name is taken once per district. */
    public VendorView register(Scope scope, long districtId, VendorDraft draft) {
        OrgNodeView district = administeredDistrict(scope, districtId);
        String name = draft.name().strip();
        boolean taken = jdbc.sql("SELECT count(*) FROM maintenance.vendor WHERE district_id = ? AND lower(name) = lower(?)")
                .params(districtId, name).query(Long.class).single() > 0;
        if (taken) {
            throw new ConflictException("", "maintenance.vendor.error.nameTaken");
        }
        long id = jdbc.sql("""
                        INSERT INTO maintenance.vendor (district_id, district_path, name, contact, phone, services,
                          created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(districtId, district.path().value(), name, draft.contact().strip(),
                        draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip(),
                        draft.services().strip(), scope.userId().value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Companies of the districts the caller administers or serves as operations staff. */
    @Transactional(readOnly = true)
    public List<VendorView> list(Scope scope) {
        List<OrgPath> paths = readablePaths(scope);
        if (paths.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        for (OrgPath path : paths) {
            where.append(where.isEmpty() ? "" : " OR ").append("v.district_path LIKE ?");
            params.add(path.likePattern());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.vendor v WHERE " + where + " ORDER BY v.name LIMIT 500")
                .params(params).query((rs, n) -> view(rs, true)).list();
    }

    /** One company the caller may read, phone in full (they call it). */
    @Transactional(readOnly = true)
    public VendorView readable(Scope scope, long id) {
        VendorView vendor = find(id).filter(v -> readablePaths(scope).stream().anyMatch(p -> p.contains(v.districtPath())))
                .orElseThrow(() -> new NotFoundException("maintenance.vendor.error.notFound"));
        return vendor;
    }

    /** Usernames and names of a company's accounts, for its page. */
    @Transactional(readOnly = true)
    public List<String> accountNames(Scope scope, long id) {
        readable(scope, id);
        List<UserId> ids = accountsOf(id);
        return identity.usernames(ids).values().stream().sorted().toList();
    }

    /** Creates an account for a company of a district the caller administers: the vendor role on that district. */
    public AccountCreated createAccount(Scope scope, long vendorId, VendorAccountDraft draft) {
        return createAccount(scope, vendorId, draft, true);
    }

    /**
     * As {@link #createAccount(Scope, long, VendorAccountDraft)}; without {@code requirePasswordChange}, for seeded
     * accounts whose password is already the person's own (the demo's).
     */
    public AccountCreated createAccount(Scope scope, long vendorId, VendorAccountDraft draft,
                                        boolean requirePasswordChange) {
        VendorView vendor = readable(scope, vendorId);
        administeredDistrict(scope, vendor.districtId());
        AccountCreated created = identity.create(scope, new NewAccount(draft.username().strip(),
                draft.displayName().strip(), draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().strip(),
                null, Role.VENDOR, vendor.districtId(),
                draft.initialPassword() == null || draft.initialPassword().isBlank() ? null : draft.initialPassword()),
                requirePasswordChange);
        jdbc.sql("INSERT INTO maintenance.vendor_account (account_id, vendor_id) VALUES (?, ?)")
                .params(created.account().id().value(), vendorId).update();
        return created;
    }

    /** The company a vendor account acts for, while it holds the vendor role on the company's district. */
    @Transactional(readOnly = true)
    public Optional<Long> companyOf(Scope scope) {
        if (!scope.has(Role.VENDOR)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT v.id, v.district_path FROM maintenance.vendor_account a "
                        + "JOIN maintenance.vendor v ON v.id = a.vendor_id WHERE a.account_id = ?")
                .param(scope.userId().value())
                .query((rs, n) -> scope.holds(Role.VENDOR, new OrgPath(rs.getString(2))) ? rs.getLong(1) : null)
                .optional();
    }

    /** Companies registered with the district a school belongs to: those a ticket there may be assigned to. */
    @Transactional(readOnly = true)
    public List<VendorView> serving(OrgPath schoolPath) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.vendor v WHERE ? LIKE v.district_path || '%' "
                        + "ORDER BY v.name LIMIT 200")
                .param(schoolPath.value()).query((rs, n) -> view(rs, false)).list();
    }

    /** The accounts of a company, to tell them of a ticket. */
    @Transactional(readOnly = true)
    public List<UserId> accountsOf(long vendorId) {
        return jdbc.sql("SELECT account_id FROM maintenance.vendor_account WHERE vendor_id = ? ORDER BY account_id")
                .param(vendorId).query(Long.class).list().stream().map(UserId::new).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VendorView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.vendor v WHERE v.id = ?").param(id)
                .query((rs, n) -> view(rs, false)).optional();
    }

    /** Districts whose register the caller keeps, for the registration form. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> administeredDistricts(Scope scope) {
        return tenancy.search(scope, new OrgQuery(null, OrgKind.DISTRICT, null, null, null), 0, 200).items().stream()
                .filter(d -> scope.canAdminister(d.path())).toList();
    }

    private OrgNodeView administeredDistrict(Scope scope, long districtId) {
        OrgNodeView district = tenancy.find(OrgId.of(districtId))
                .filter(d -> d.kind() == OrgKind.DISTRICT && TenancyManagement.isVisible(scope, d.path()))
                .orElseThrow(() -> new NotFoundException("maintenance.vendor.error.districtNotFound"));
        if (!scope.canAdminister(district.path())) {
            throw new ForbiddenException("maintenance.vendor.error.districtAdminsOnly");
        }
        return district;
    }

    /** Admin paths, and the districts operations staff serve; never a vendor's or a member's. */
    private static List<OrgPath> readablePaths(Scope scope) {
        List<OrgPath> paths = new ArrayList<>(scope.adminPaths().stream()
                .filter(p -> scope.isOperator() || p.depth() <= 2).toList());
        scope.grants().stream().filter(g -> g.role() == Role.OPERATIONS_STAFF).map(Scope.Grant::path)
                .forEach(paths::add);
        return paths;
    }

    private static VendorView view(java.sql.ResultSet rs, boolean masked) throws java.sql.SQLException {
        String phone = rs.getString(6);
        return new VendorView(rs.getLong(1), rs.getLong(2), new OrgPath(rs.getString(3)), rs.getString(4),
                rs.getString(5), masked ? Masking.phone(phone) : phone, rs.getString(7), rs.getInt(8));
    }
}
