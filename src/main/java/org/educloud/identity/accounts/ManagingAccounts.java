package org.educloud.identity.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.NewAccount;
import org.educloud.identity.PendingAccount;
import org.educloud.identity.passwords.PasswordPolicy;
import org.educloud.identity.sessions.OtherSessions;
import org.educloud.identity.tokens.EndingAllTokens;
import org.educloud.identity.secrets.Secrets;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Masking;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Admins create accounts, grant and revoke roles, issue activation codes, and disable or enable accounts. */
@Component
public class ManagingAccounts {

    private final AccountRepository accounts;
    private final RoleGrantRepository grants;
    private final TenancyManagement tenancy;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final EndingAllTokens tokens;
    private final OtherSessions sessions;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManagingAccounts(AccountRepository accounts, RoleGrantRepository grants, TenancyManagement tenancy,
                     PasswordEncoder encoder, PasswordPolicy policy, EndingAllTokens tokens, OtherSessions sessions,
                     IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.grants = grants;
        this.tenancy = tenancy;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the account and, when it waits for activation, its one-time code in clear text. */
    public Created create(Scope actor, NewAccount request, boolean requirePasswordChange) {
        OrgNodeView node = grantableNode(actor, request.role(), request.orgId());
        String username = request.username().strip();
        if (accounts.existsAsUsernameOrPhone(username)) {
            throw new ConflictException("username", "identity.error.usernameTaken", username);
        }
        refuseNumbersIn(username);
        if (request.phone() != null && !request.phone().isBlank() && accounts.existsAsUsernameOrPhone(request.phone().strip())) {
            throw new ConflictException("phone", "identity.error.phoneTaken");
        }
        if (request.email() != null && !request.email().isBlank() && accounts.existsByEmail(request.email().strip())) {
            throw new ConflictException("email", "identity.error.emailTaken");
        }
        Instant now = clock.instant();
        OrgPath home = node == null ? OrgPath.ROOT : node.path();
        Account account = new Account(username, request.displayName().strip(), request.phone(), request.email(), home, now);
        String code = null;
        if (request.initialPassword() != null && !request.initialPassword().isBlank()) {
            var problems = policy.problems(request.initialPassword(), username);
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems.getFirst(), policy.minLength());
            }
            account.setPassword(encoder.encode(request.initialPassword()), requirePasswordChange, now);
        } else {
            code = Secrets.activationCode();
            account.awaitActivation(Secrets.sha256(code), now.plus(properties.activationCodeValidity()), now);
        }
        account = accounts.save(account);
        grants.save(new RoleGrant(account.id(), request.role(), node == null ? null : node.id(), home,
                actor.userId(), now));
        audit(actor, "account.created", account, request.role().name() + "@" + home);
        return new Created(account, code);
    }

    public record Created(Account account, @Nullable String activationCode) {
    }

    /**
     * Accounts for many people of one school at once, as an import needs them: no password and no code yet
     * (codes are issued when slips are printed), so nothing is hashed. Usernames already taken are refused as a
     * whole, before anything is written.
     */
    public Map<String, UserId> createPending(Scope actor, Role role, OrgId orgId, List<PendingAccount> people) {
        OrgNodeView node = grantableNode(actor, role, orgId.value());
        List<String> usernames = people.stream().map(PendingAccount::username).toList();
        usernames.forEach(ManagingAccounts::refuseNumbersIn);
        for (int from = 0; from < usernames.size(); from += 1000) {
            List<String> chunk = usernames.subList(from, Math.min(from + 1000, usernames.size()));
            List<String> taken = accounts.takenUsernames(chunk.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toList());
            if (!taken.isEmpty()) {
                throw new ConflictException("username", "identity.error.usernameTaken", taken.getFirst());
            }
        }
        Instant now = clock.instant();
        Map<String, UserId> created = new java.util.LinkedHashMap<>();
        for (PendingAccount person : people) {
            Account account = accounts.save(new Account(person.username(), person.displayName(), person.phone(), null,
                    node.path(), now));
            grants.save(new RoleGrant(account.id(), role, node.id(), node.path(), actor.userId(), now));
            created.put(person.username(), account.id());
        }
        events.publishEvent(new AuditableActionOccurred(actor.userId(), "account.created.bulk", node.name(),
                node.path(), people.size() + " " + role.name()));
        return created;
    }

    /**
     * Moves a person's grant of a role from one school to another (a transfer): the account keeps its password
     * and history, and now belongs to the new school. The caller must administer both.
     */
    public void moveGrant(Scope actor, UserId accountId, Role role, OrgId from, OrgId to) {
        Account account = administered(actor, accountId);
        OrgNodeView target = grantableNode(actor, role, to.value());
        OrgNodeView source = tenancy.find(from).orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
        grants.findByAccountIdAndRoleAndOrgPath(accountId.value(), role, source.path().value()).ifPresent(grants::delete);
        grants.findByAccountIdAndRoleAndOrgPath(accountId.value(), role, target.path().value())
                .orElseGet(() -> grants.save(new RoleGrant(accountId, role, target.id(), target.path(), actor.userId(),
                        clock.instant())));
        account.moveHome(target.path(), clock.instant());
        audit(actor, "grant.moved", account, role.name() + "@" + source.path() + " → " + target.path(), target.path());
    }

    /**
     * New one-time codes for the accounts among these that still wait for activation; active accounts are left
     * alone, so printing slips for a class never locks out a student who already activated.
     */
    public Map<UserId, String> issuePendingCodes(Scope actor, List<UserId> ids) {
        Map<UserId, String> codes = new java.util.LinkedHashMap<>();
        Instant now = clock.instant();
        for (Account account : accounts.findAllById(ids.stream().map(UserId::value).toList())) {
            if (account.status() == AccountStatus.PENDING_ACTIVATION && actor.canAdminister(account.homeOrgPath())) {
                String code = Secrets.activationCode();
                account.awaitActivation(Secrets.sha256(code), now.plus(properties.activationCodeValidity()), now);
                codes.put(account.id(), code);
            }
        }
        if (!codes.isEmpty()) {
            events.publishEvent(new AuditableActionOccurred(actor.userId(), "account.activationCodesIssued",
                    codes.size() + " accounts", null, null));
        }
        return codes;
    }

    public RoleGrant grant(Scope actor, UserId accountId, Role role, @Nullable OrgId orgId) {
        Account account = administered(actor, accountId);
        OrgNodeView node = grantableNode(actor, role, orgId == null ? null : orgId.value());
        OrgPath path = node == null ? OrgPath.ROOT : node.path();
        return grants.findByAccountIdAndRoleAndOrgPath(accountId.value(), role, path.value())
                .orElseGet(() -> {
                    RoleGrant grant = grants.save(new RoleGrant(accountId, role, node == null ? null : node.id(), path,
                            actor.userId(), clock.instant()));
                    audit(actor, "grant.added", account, role.name() + "@" + path, path);
                    return grant;
                });
    }

    public void revoke(Scope actor, UserId accountId, long grantId) {
        Account account = administered(actor, accountId);
        RoleGrant grant = grants.findById(grantId).filter(g -> g.accountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("identity.error.grantNotFound"));
        OrgNodeView node = grant.orgId() == null ? null : tenancy.find(grant.orgId()).orElse(null);
        if (!GrantRules.mayGrant(actor, grant.role(), node)) {
            throw new ForbiddenException("identity.error.grantForbidden");
        }
        if (grants.findByAccountIdOrderById(accountId.value()).size() == 1) {
            throw new RuleViolationException("identity.error.lastGrant");
        }
        grants.delete(grant);
        audit(actor, "grant.revoked", account, grant.role().name() + "@" + grant.orgPath(), grant.orgPath());
    }

    public String issueActivationCode(Scope actor, UserId accountId) {
        Account account = manageable(actor, accountId);
        String code = Secrets.activationCode();
        Instant now = clock.instant();
        account.awaitActivation(Secrets.sha256(code), now.plus(properties.activationCodeValidity()), now);
        // an admin's reset: the old password no longer works, and neither does any token made with it
        tokens.endAllOf(accountId, actor.userId(), "account.activationCodeIssued");
        audit(actor, "account.activationCodeIssued", account, null);
        return code;
    }

    /**
     * A staff reset of a student's password: a new initial password that must be changed at the next login. The
     * roster has checked the caller's place (head teacher of the class, admin of the school); identity keeps its own
     * fence, so this path never reaches a teacher's or parent's account, nor a student of another school.
     */
    public String resetStudentPassword(Scope actor, UserId accountId) {
        Account account = accounts.findById(accountId.value())
                .filter(a -> actor.canSee(a.homeOrgPath()) || actor.canAdminister(a.homeOrgPath()))
                .orElseThrow(() -> new NotFoundException("identity.error.accountNotFound"));
        if (grants.findByAccountIdOrderById(accountId.value()).stream().anyMatch(g -> g.role() != Role.STUDENT)) {
            throw new ForbiddenException("identity.error.accountAboveYou");
        }
        String password = Secrets.initialPassword();
        while (!policy.problems(password, account.username()).isEmpty()) {
            password = Secrets.initialPassword();
        }
        Instant now = clock.instant();
        account.setPassword(encoder.encode(password), true, now);
        // whoever knew the old password (or made a token with it, or signed an application in) is out from now on,
        // and so is every browser still logged in as the student
        tokens.endAllOf(accountId, actor.userId(), "account.passwordReset");
        sessions.end(account.username(), "");
        audit(actor, "account.passwordReset", account, null);
        return password;
    }

    public void disable(Scope actor, UserId accountId) {
        if (accountId.equals(actor.userId())) {
            throw new RuleViolationException("identity.error.disableSelf");
        }
        Account account = manageable(actor, accountId);
        account.disable(clock.instant());
        audit(actor, "account.disabled", account, null);
    }

    public void enable(Scope actor, UserId accountId) {
        Account account = manageable(actor, accountId);
        account.enable(clock.instant());
        audit(actor, "account.enabled", account, null);
    }

    /**
     * The accounts of people a roster import removed (a OneRoster delta's tobedeleted) are disabled, or enabled
     * again when a later file brings the person back. Accounts the actor could not lock out on the admin pages
     * (outside their scope, or above them) are left as they are rather than failing the whole import; the
     * actor's own account is never touched. Returns how many changed.
     */
    public int setEnabledByImport(Scope actor, java.util.Collection<UserId> ids, boolean enabled) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> values = ids.stream().map(UserId::value).distinct().toList();
        // A delta removing thousands asks for their grants once, and for each org of those grants once.
        Map<UserId, List<RoleGrant>> grantsOf = new java.util.HashMap<>();
        grants.findByAccountIdIn(values).forEach(g -> grantsOf.computeIfAbsent(g.accountId(),
                k -> new java.util.ArrayList<>()).add(g));
        Map<OrgId, java.util.Optional<OrgNodeView>> nodes = new java.util.HashMap<>();
        int changed = 0;
        for (Account account : accounts.findAllById(values)) {
            boolean disabled = account.status() == AccountStatus.DISABLED;
            if (enabled != disabled || account.id().equals(actor.userId())
                    || !actor.canAdminister(account.homeOrgPath())) {
                continue;
            }
            boolean mayManage = grantsOf.getOrDefault(account.id(), List.of()).stream().allMatch(grant ->
                    GrantRules.mayGrant(actor, grant.role(), grant.orgId() == null ? null
                            : nodes.computeIfAbsent(grant.orgId(), tenancy::find).orElse(null)));
            if (!mayManage) {
                continue;
            }
            if (enabled) {
                account.enable(clock.instant());
            } else {
                account.disable(clock.instant());
            }
            audit(actor, enabled ? "account.enabled" : "account.disabled", account, "roster import");
            changed++;
        }
        return changed;
    }

    /** An account the actor administers: its home node lies in their admin scope. */
    public Account administered(Scope actor, UserId accountId) {
        return accounts.findById(accountId.value())
                .filter(a -> actor.canAdminister(a.homeOrgPath()))
                .orElseThrow(() -> new NotFoundException("identity.error.accountNotFound"));
    }

    /**
     * An account the actor may lock out or hand a new code: one whose every grant the actor could have given. A
     * school admin may not reset the account of a teacher who has since become a district admin, nor a peer's.
     */
    Account manageable(Scope actor, UserId accountId) {
        Account account = administered(actor, accountId);
        for (RoleGrant grant : grants.findByAccountIdOrderById(accountId.value())) {
            OrgNodeView node = grant.orgId() == null ? null : tenancy.find(grant.orgId()).orElse(null);
            if (!GrantRules.mayGrant(actor, grant.role(), node)) {
                throw new ForbiddenException("identity.error.accountAboveYou");
            }
        }
        return account;
    }

    /** Usernames are listed and logged everywhere: one carrying a phone or ID number would spread it. */
    private static void refuseNumbersIn(String username) {
        if (Masking.embedsPersonalNumber(username)) {
            throw new FieldRuleViolationException("username", "identity.validation.username.personalNumber");
        }
    }

    private @Nullable OrgNodeView grantableNode(Scope actor, Role role, @Nullable Long orgId) {
        OrgNodeView node = null;
        if (orgId != null) {
            node = tenancy.find(OrgId.of(orgId)).filter(n -> actor.canSee(n.path()) || actor.isOperator())
                    .orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
        }
        if (!GrantRules.fits(role, node)) {
            throw new RuleViolationException("identity.error.roleDoesNotFitNode");
        }
        if (!GrantRules.mayGrant(actor, role, node)) {
            throw new ForbiddenException("identity.error.grantForbidden");
        }
        return node;
    }

    private void audit(Scope actor, String action, Account account, @Nullable String detail) {
        audit(actor, action, account, detail, account.homeOrgPath());
    }

    private void audit(Scope actor, String action, Account account, @Nullable String detail, OrgPath path) {
        events.publishEvent(new AuditableActionOccurred(actor.userId(), action, account.username(), path, detail));
    }
}
