package org.educloud.roster.people;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Masking;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The account a person registered in the roster logs in with: a new one waiting for activation, or one linked.
 * Students and guardians get generated usernames ({@link IdentityManagement#newUsernames}): the 全国学籍号 is "G"
 * and the ID number, and must not become a name that every account list and audit entry shows. Staff keep the
 * school code and staff number, which they know, unless the staff number is itself a phone or ID number.
 */
@Component
public class PersonAccounts {

    /** The account and, when it is new, its one-time activation code. */
    record Account(UserId id, String username, @Nullable String activationCode) {
    }

    private final IdentityManagement identity;

    PersonAccounts(IdentityManagement identity) {
        this.identity = identity;
    }

    /** {@code username} null: a generated one. */
    Account forPerson(Scope scope, @Nullable UserId existing, @Nullable String username, String displayName,
                      @Nullable String phone, Role role, OrgNodeView school) {
        if (existing != null) {
            var account = identity.administered(scope, existing);
            return new Account(account.id(), account.username(), null);
        }
        String name = username != null ? username : identity.newUsernames(role, 1).getFirst();
        AccountCreated created = identity.create(scope, new NewAccount(name, displayName, phone, null, role,
                school.id().value(), null));
        return new Account(created.account().id(), created.account().username(), created.activationCode());
    }

    /** The school code and staff number, or null when the staff number carries a phone or ID number. */
    public static @Nullable String staffUsername(@Nullable String schoolCode, String staffNumber) {
        String username = (schoolCode + "-" + staffNumber.strip()).toLowerCase(Locale.ROOT);
        return Masking.embedsPersonalNumber(username) ? null : username;
    }

    /**
     * The usernames of new staff members of one school, in their order: school code and staff number where that
     * carries no personal number, generated ones for the others.
     */
    public List<String> staffUsernames(@Nullable String schoolCode, List<String> staffNumbers) {
        List<@Nullable String> wanted = new ArrayList<>(staffNumbers.size());
        staffNumbers.forEach(n -> wanted.add(staffUsername(schoolCode, n)));
        return completed(Role.TEACHER, wanted);
    }

    /**
     * These usernames in their order, with a generated one (all fetched at once) in place of each that is null or
     * carries a phone or ID number.
     */
    public List<String> completed(Role role, List<@Nullable String> wanted) {
        List<@Nullable String> usable = new ArrayList<>(wanted.size());
        wanted.forEach(n -> usable.add(n == null || Masking.embedsPersonalNumber(n) ? null : n));
        Iterator<String> generated = identity.newUsernames(role,
                (int) usable.stream().filter(java.util.Objects::isNull).count()).iterator();
        List<String> names = new ArrayList<>(usable.size());
        usable.forEach(n -> names.add(n != null ? n : generated.next()));
        return names;
    }
}
