package org.educloud.identity.oidc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.StudentClasses;
import org.educloud.shared.Role;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.stereotype.Component;

/**
 * Who a client may sign in, and what it learns about them. A client belongs to an org node: it signs in only active
 * accounts with a role at or below that node, and its claims name only those grants, so a school's app never learns
 * of another school. Phone and e-mail go only with their scopes; they are the holder's own, so they are not masked.
 */
@Component
class OidcClaims {

    static final String ROLES = "educloud_roles";
    static final String SCHOOL = "educloud_school";

    private final IdentityManagement identity;
    private final TenancyManagement tenancy;
    static final String CLASSES = "educloud_classes";

    private final OidcClients clients;
    private final List<StudentClasses> studentClasses;

    OidcClaims(IdentityManagement identity, TenancyManagement tenancy, OidcClients clients,
               List<StudentClasses> studentClasses) {
        this.identity = identity;
        this.tenancy = tenancy;
        this.clients = clients;
        this.studentClasses = studentClasses;
    }

    /** Why a client may not sign a person in; written to the audit log in these words. */
    enum Refusal {
        /** The client is revoked or unknown. */
        CLIENT_NOT_ALLOWED,
        /** The account is disabled, not yet activated, or gone. */
        ACCOUNT_NOT_ACTIVE,
        /** The person holds no role at or below the client's node (another school's person). */
        OUTSIDE_CLIENT_NODE
    }

    /** Whether this client may sign the account in now: the account when it may, else why not. */
    record SignIn(@Nullable AccountView account, @Nullable Refusal refusal) {
    }

    /** The account, when this client may sign it in now; empty for another node's person, a disabled account, or a revoked client. */
    Optional<AccountView> signable(UserId account, String registeredClientId) {
        SignIn signIn = signIn(account, registeredClientId);
        return signIn.refusal() == null ? Optional.ofNullable(signIn.account()) : Optional.empty();
    }

    SignIn signIn(UserId account, String registeredClientId) {
        AccountView view;
        try {
            view = identity.self(account);
        } catch (NotFoundException e) {
            return new SignIn(null, Refusal.ACCOUNT_NOT_ACTIVE);
        }
        Optional<OrgPath> node = clients.nodeOf(registeredClientId);
        if (node.isEmpty()) {
            return new SignIn(view, Refusal.CLIENT_NOT_ALLOWED);
        }
        if (view.status() != AccountStatus.ACTIVE) {
            return new SignIn(view, Refusal.ACCOUNT_NOT_ACTIVE);
        }
        boolean ofThisNode = view.grants().stream().anyMatch(g -> node.get().contains(g.orgPath()));
        return new SignIn(view, ofThisNode ? null : Refusal.OUTSIDE_CLIENT_NODE);
    }

    /** The claims for these scopes, in the ID token and at userinfo alike. */
    Map<String, Object> claims(AccountView account, String registeredClientId, Set<String> scopes) {
        OrgPath node = clients.nodeOf(registeredClientId).orElse(OrgPath.ROOT);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(StandardClaimNames.SUB, subject(account.id()));
        if (scopes.contains(OidcScopes.PROFILE)) {
            claims.put(StandardClaimNames.NAME, account.displayName());
            claims.put(StandardClaimNames.PREFERRED_USERNAME, account.username());
            List<GrantView> grants = account.grants().stream().filter(g -> node.contains(g.orgPath())).toList();
            // mutable JDK collections, strings and ints only: the ID token's claims are stored as JSON and read
            // back through an allow-list that refuses immutable collections and Long
            List<Map<String, Object>> roles = new ArrayList<>();
            grants.forEach(g -> roles.add(object("role", g.role().name(), "org_path", g.orgPath().value(),
                    "org_name", g.orgName())));
            claims.put(ROLES, roles);
            school(account, grants).ifPresent(school -> claims.put(SCHOOL, object("id", Long.toString(school.id().value()),
                    "name", school.name(), "org_path", school.path().value())));
            if (grants.stream().anyMatch(g -> g.role() == Role.STUDENT)) {
                List<Map<String, Object>> classes = new ArrayList<>();
                studentClasses.forEach(source -> source.of(account.id()).stream()
                        .filter(c -> grants.stream().anyMatch(g -> g.orgId() != null && g.orgId().value() == c.schoolId()))
                        .forEach(c -> classes.add(object("id", Long.toString(c.id()), "name", c.name(), "grade", c.grade()))));
                claims.put(CLASSES, classes);
            }
        }
        if (scopes.contains(OidcScopes.EMAIL) && account.email() != null) {
            claims.put(StandardClaimNames.EMAIL, account.email());
            // EduCloud records addresses but has never proved that the holder reads them
            claims.put(StandardClaimNames.EMAIL_VERIFIED, false);
        }
        if (scopes.contains(OidcScopes.PHONE) && account.phone() != null) {
            claims.put(StandardClaimNames.PHONE_NUMBER, account.phone());
            claims.put(StandardClaimNames.PHONE_NUMBER_VERIFIED, false);
        }
        return claims;
    }

    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** The account id, stable across renamed logins (usernames carrying a phone number get replaced). */
    static String subject(UserId account) {
        return Long.toString(account.value());
    }

    /** The school of the person's first grant at a school (a teacher's, a student's), if any lies in the client's node. */
    private Optional<OrgNodeView> school(AccountView account, List<GrantView> grants) {
        for (GrantView grant : grants) {
            if (grant.orgId() == null) {
                continue;
            }
            Optional<OrgNodeView> school = tenancy.lineage(grant.orgId()).stream().filter(OrgNodeView::isSchool)
                    .findFirst();
            if (school.isPresent()) {
                return school;
            }
        }
        return Optional.empty();
    }
}
