package org.educloud.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Accounts, grants and scopes: the questions other modules ask, and the commands admins and people give. Kept in
 * {@code identity.accounts}.
 */
public interface IdentityManagement {

    /** The caller's scope, read fresh from their grants: a revoked grant counts from the next request on. */
    Scope scopeOf(UserId id);

    /** The caller's own account, unmasked. */
    AccountView self(UserId id);

    /** An account the caller administers; contact details in full, since the admin needs them to help. */
    AccountView administered(Scope scope, UserId id);

    /** Accounts in the caller's admin scope, with phone and email masked as every list shows them. */
    PageSlice<AccountView> search(Scope scope, @Nullable String text, @Nullable Role role,
                                  @Nullable AccountStatus status, int page, int size);

    /** Creates an account; one given an initial password must change it at first login. */
    AccountCreated create(Scope scope, NewAccount request);

    /** As {@link #create(Scope, NewAccount)}, for seeded accounts whose password is already the person's own. */
    AccountCreated create(Scope scope, NewAccount request, boolean requirePasswordChange);

    /** Accounts for many people of one school, waiting for activation, with no code yet: see {@link #issuePendingCodes}. */
    Map<String, UserId> createPending(Scope scope, Role role, OrgId school, List<PendingAccount> people);

    /** Fresh one-time codes for those of these accounts that still wait for activation (for printed slips). */
    Map<UserId, String> issuePendingCodes(Scope scope, List<UserId> accounts);

    /** Grants a role at an org node the caller may grant it on (no node: the installation's root); twice is once. */
    void grant(Scope scope, UserId account, Role role, @Nullable OrgId org);

    /** Moves a person's role from one school to another, as a transfer does; the caller administers both. */
    void moveGrant(Scope scope, UserId account, Role role, OrgId from, OrgId to);

    /** Takes one grant back; an account's last grant cannot be taken. */
    void revoke(Scope scope, UserId account, long grantId);

    /** A new one-time activation code (the old password and code stop working); shown once. */
    String issueActivationCode(Scope scope, UserId account);

    /**
     * A new initial password for a student's account, which it must change at its next login; returned once, for a
     * printed slip. The roster calls this after checking that the caller leads the student's class or administers
     * the school; identity itself answers not found for an account outside the schools the caller belongs to, and
     * refuses any account holding more than a student's role. Audited.
     */
    String resetStudentPassword(Scope scope, UserId account);

    void disable(Scope scope, UserId account);

    void enable(Scope scope, UserId account);

    /**
     * Disables (or, with {@code enabled}, enables again) the accounts of people a roster import removed or
     * brought back; accounts the caller could not manage stay as they are. Returns how many changed.
     */
    int setEnabledByImport(Scope scope, Collection<UserId> accounts, boolean enabled);

    /** The account a username (compared case-insensitively) names, for integrations that filter on it. */
    Optional<UserId> accountNamed(String username);

    /** Message keys of what is wrong with the new password; empty when it was changed. */
    List<String> changePassword(UserId id, String current, String next);

    /** Message keys of what is wrong; empty when the account is active with the new password. */
    List<String> activate(String login, String code, String password);

    /** Usernames of accounts, in one query: for printed slips and exports that list many people. */
    Map<UserId, String> usernames(Collection<UserId> ids);

    /** Names people are shown by (display names), in one query: for lists that name other people's accounts. */
    Map<UserId, String> displayNames(Collection<UserId> ids);

    /**
     * Usernames for people the roster registers or imports, made up rather than taken from anything the person
     * is known by: free now, and different from each other.
     */
    List<String> newUsernames(Role role, int count);

    /**
     * For the accounts among these whose username was replaced because it carried a phone or ID number: the last
     * day the old name still signs in, so the person can be told their new one.
     */
    Map<UserId, LocalDate> formerUsernamesValidUntil(Collection<UserId> ids);

    /**
     * The username of the account a login (username, phone, email or a retired username) leads to. Only for
     * someone who has just proved the account is theirs, as activation does: to anyone else it would say which
     * logins exist.
     */
    Optional<String> usernameAfterActivation(String login);

    /** Which of these usernames are taken (compared case-insensitively), for imports to report before writing. */
    Set<String> takenUsernames(Collection<String> usernames);

    /** Which of these phone numbers already belong to an account (phones are unique logins). */
    Set<String> phonesInUse(Collection<String> phones);

    /** Whether an account has exactly this username. */
    boolean exists(String username);

    /** The password policy's minimum length, for forms to say it. */
    int minPasswordLength();
}
