package org.educloud.identity.accounts;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.identity.PendingAccount;
import org.educloud.identity.passwords.ChangingPasswords;
import org.educloud.shared.Masking;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, grants and scopes: the questions other modules ask, and the commands admins and people give. */
@Service
@Transactional
class IdentityManagementService implements IdentityManagement {

    private final AccountRepository accounts;
    private final RoleGrantRepository grants;
    private final ManagingAccounts managing;
    private final ChangingPasswords passwords;
    private final TenancyManagement tenancy;
    private final LoginNames loginNames;
    private final RetiringLoginNames retiredNames;

    IdentityManagementService(AccountRepository accounts, RoleGrantRepository grants, ManagingAccounts managing,
                       ChangingPasswords passwords, TenancyManagement tenancy, LoginNames loginNames,
                       RetiringLoginNames retiredNames) {
        this.loginNames = loginNames;
        this.retiredNames = retiredNames;
        this.accounts = accounts;
        this.grants = grants;
        this.managing = managing;
        this.passwords = passwords;
        this.tenancy = tenancy;
    }

    /** The caller's scope, read fresh from their grants: a revoked grant counts from the next request on. */
    @Transactional(readOnly = true)
    public Scope scopeOf(UserId id) {
        return new Scope(id, grants.findByAccountIdOrderById(id.value()).stream().map(RoleGrant::asScopeGrant).toList());
    }

    /** The caller's own account, unmasked. */
    @Transactional(readOnly = true)
    public AccountView self(UserId id) {
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("identity.error.accountNotFound"));
        return view(account, grants.findByAccountIdOrderById(id.value()), false);
    }

    /** An account the caller administers; contact details in full, since the admin needs them to help. */
    @Transactional(readOnly = true)
    public AccountView administered(Scope scope, UserId id) {
        Account account = managing.administered(scope, id);
        return view(account, grants.findByAccountIdOrderById(id.value()), false);
    }

    /** Accounts in the caller's admin scope, with phone and email masked as every list shows them. */
    @Transactional(readOnly = true)
    public PageSlice<AccountView> search(Scope scope, @Nullable String text, @Nullable Role role,
                                         @Nullable AccountStatus status, int page, int size) {
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200), Sort.by("username"));
        Page<Account> found = accounts.findAll(within(scope.adminPaths()).and(matching(text, role, status)), request);
        Map<Long, List<RoleGrant>> grantsByAccount = new HashMap<>();
        grants.findByAccountIdIn(found.map(a -> a.id().value()).toList())
                .forEach(g -> grantsByAccount.computeIfAbsent(g.accountId().value(), k -> new ArrayList<>()).add(g));
        Map<OrgId, String> orgNames = tenancy.names(grantsByAccount.values().stream().flatMap(List::stream)
                .map(RoleGrant::orgId).filter(java.util.Objects::nonNull).toList());
        List<AccountView> views = found.map(a -> view(a, grantsByAccount.getOrDefault(a.id().value(), List.of()),
                orgNames, true)).getContent();
        return new PageSlice<>(views, request.getPageNumber(), request.getPageSize(), found.getTotalElements());
    }

    /** Creates an account; one given an initial password must change it at first login. */
    public AccountCreated create(Scope scope, NewAccount request) {
        return create(scope, request, true);
    }

    /** As {@link #create(Scope, NewAccount)}, for seeded accounts whose password is already the person's own. */
    public AccountCreated create(Scope scope, NewAccount request, boolean requirePasswordChange) {
        ManagingAccounts.Created created = managing.create(scope, request, requirePasswordChange);
        Account account = created.account();
        return new AccountCreated(view(account, grants.findByAccountIdOrderById(account.id().value()), false),
                created.activationCode());
    }

    /** Accounts for many people of one school, waiting for activation, with no code yet: see {@link #issuePendingCodes}. */
    public Map<String, UserId> createPending(Scope scope, Role role, OrgId school, List<PendingAccount> people) {
        return managing.createPending(scope, role, school, people);
    }

    /** Fresh one-time codes for those of these accounts that still wait for activation (for printed slips). */
    public Map<UserId, String> issuePendingCodes(Scope scope, List<UserId> accounts) {
        return managing.issuePendingCodes(scope, accounts);
    }

    public void grant(Scope scope, UserId account, Role role, @Nullable OrgId org) {
        managing.grant(scope, account, role, org);
    }

    /** Moves a person's role from one school to another, as a transfer does; the caller administers both. */
    public void moveGrant(Scope scope, UserId account, Role role, OrgId from, OrgId to) {
        managing.moveGrant(scope, account, role, from, to);
    }

    public void revoke(Scope scope, UserId account, long grantId) {
        managing.revoke(scope, account, grantId);
    }

    /** A new one-time activation code (the old password and code stop working); shown once. */
    public String issueActivationCode(Scope scope, UserId account) {
        return managing.issueActivationCode(scope, account);
    }

    public String resetStudentPassword(Scope scope, UserId account) {
        return managing.resetStudentPassword(scope, account);
    }

    public void disable(Scope scope, UserId account) {
        managing.disable(scope, account);
    }

    public void enable(Scope scope, UserId account) {
        managing.enable(scope, account);
    }

    /**
     * Disables (or, with {@code enabled}, enables again) the accounts of people a roster import removed or
     * brought back; accounts the caller could not manage stay as they are. Returns how many changed.
     */
    public int setEnabledByImport(Scope scope, Collection<UserId> accounts, boolean enabled) {
        return managing.setEnabledByImport(scope, accounts, enabled);
    }

    /** The account a username (compared case-insensitively) names, for integrations that filter on it. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserId> accountNamed(String username) {
        return accounts.findByUsername(username.toLowerCase(java.util.Locale.ROOT)).map(Account::id)
                .or(() -> accounts.findByUsername(username).map(Account::id));
    }

    /** Message keys of what is wrong with the new password; empty when it was changed. */
    public List<String> changePassword(UserId id, String current, String next) {
        return passwords.change(id, current, next);
    }

    /** Message keys of what is wrong; empty when the account is active with the new password. */
    public List<String> activate(String login, String code, String password) {
        return passwords.activate(login, code, password);
    }

    /** Usernames of accounts, in one query: for printed slips and exports that list many people. */
    @Transactional(readOnly = true)
    public Map<UserId, String> usernames(java.util.Collection<UserId> ids) {
        Map<UserId, String> names = new HashMap<>();
        accounts.findAllById(ids.stream().map(UserId::value).toList()).forEach(a -> names.put(a.id(), a.username()));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, String> displayNames(java.util.Collection<UserId> ids) {
        Map<UserId, String> names = new HashMap<>();
        accounts.findAllById(ids.stream().map(UserId::value).toList()).forEach(a -> names.put(a.id(), a.displayName()));
        return names;
    }

    /**
     * Usernames for people the roster registers or imports, made up rather than taken from anything the person
     * is known by (see {@link LoginNames}): free now, and different from each other.
     */
    @Transactional(readOnly = true)
    public List<String> newUsernames(Role role, int count) {
        return loginNames.fresh(role, count);
    }

    /**
     * For the accounts among these whose username was replaced because it carried a phone or ID number: the last
     * day the old name still signs in, so the person can be told their new one.
     */
    @Transactional(readOnly = true)
    public Map<UserId, java.time.LocalDate> formerUsernamesValidUntil(Collection<UserId> ids) {
        return retiredNames.validUntil(ids);
    }

    /**
     * The username of the account a login (username, phone, email or a retired username) leads to. Only for
     * someone who has just proved the account is theirs, as activation does: to anyone else it would say which
     * logins exist.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> usernameAfterActivation(String login) {
        return passwords.usernameOf(login);
    }

    /** Which of these usernames are taken (compared case-insensitively), for imports to report before writing. */
    @Transactional(readOnly = true)
    public java.util.Set<String> takenUsernames(java.util.Collection<String> usernames) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<String> all = usernames.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toList();
        for (int from = 0; from < all.size(); from += 1000) {
            accounts.takenUsernames(all.subList(from, Math.min(from + 1000, all.size())))
                    .forEach(u -> taken.add(u.toLowerCase(java.util.Locale.ROOT)));
        }
        return taken;
    }

    /** Which of these phone numbers already belong to an account (phones are unique logins). */
    @Transactional(readOnly = true)
    public java.util.Set<String> phonesInUse(java.util.Collection<String> phones) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<String> all = List.copyOf(phones);
        for (int from = 0; from < all.size(); from += 1000) {
            used.addAll(accounts.phonesInUse(all.subList(from, Math.min(from + 1000, all.size()))));
        }
        return used;
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public int minPasswordLength() {
        return passwords.minLength();
    }

    private AccountView view(Account a, List<RoleGrant> accountGrants, boolean masked) {
        return view(a, accountGrants, tenancy.names(accountGrants.stream().map(RoleGrant::orgId)
                .filter(java.util.Objects::nonNull).toList()), masked);
    }

    private AccountView view(Account a, List<RoleGrant> accountGrants, Map<OrgId, String> orgNames, boolean masked) {
        List<GrantView> grantViews = accountGrants.stream()
                .map(g -> new GrantView(g.id(), g.role(), g.orgId(), g.orgPath(),
                        g.orgId() == null ? "" : orgNames.getOrDefault(g.orgId(), "")))
                .toList();
        return new AccountView(a.id(), a.username(), a.displayName(),
                masked ? Masking.phone(a.phone()) : a.phone(), masked ? Masking.email(a.email()) : a.email(),
                a.status(), a.mustChangePassword(), a.homeOrgPath(), grantViews, a.lastLoginAt());
    }

    private static Specification<Account> within(Collection<OrgPath> paths) {
        return (root, query, cb) -> {
            if (paths.isEmpty()) {
                return cb.disjunction();
            }
            return cb.or(paths.stream().map(p -> cb.like(root.get("homeOrgPath"), p.likePattern()))
                    .toArray(Predicate[]::new));
        };
    }

    private static Specification<Account> matching(@Nullable String text, @Nullable Role role,
                                                    @Nullable AccountStatus status) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
                        cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
                        cb.equal(root.get("phone"), text.strip())));
            }
            if (role != null) {
                Subquery<Long> withRole = query.subquery(Long.class);
                var grant = withRole.from(RoleGrant.class);
                withRole.select(grant.get("accountId"))
                        .where(cb.equal(grant.get("role"), role), cb.equal(grant.get("accountId"), root.get("id")));
                all.add(cb.exists(withRole));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
