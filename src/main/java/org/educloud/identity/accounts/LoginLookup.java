package org.educloud.identity.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which account a name typed at login means: a username (ignoring case), phone or email. Creation keeps these apart,
 * but should one account's username ever equal another's phone, the username wins rather than the login failing. A
 * username retired for carrying a phone or ID number still leads to its account until it expires, but only when no
 * account has it as username, phone or email.
 */
@Component
public class LoginLookup {

    private final AccountRepository accounts;
    private final RetiringLoginNames retired;

    LoginLookup(AccountRepository accounts, RetiringLoginNames retired) {
        this.accounts = accounts;
        this.retired = retired;
    }

    public Optional<Account> findByLogin(String login) {
        List<Account> matches = accounts.findAllByLogin(login);
        if (matches.isEmpty()) {
            return accounts.findByRetiredName(retired.keyedHash(login), RetiringLoginNames.legacyHash(login));
        }
        return matches.stream().filter(a -> a.username().equalsIgnoreCase(login)).findFirst()
                .or(() -> matches.stream().filter(a -> login.equals(a.phone())).findFirst())
                .or(() -> matches.stream().findFirst());
    }

    /** The person has just proved the login is theirs: a retired name still kept unkeyed is rekeyed now. */
    public void proven(String login) {
        retired.rekeyAfterLogin(login);
    }
}
