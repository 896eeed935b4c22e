package org.educloud.identity.tokens;

import org.educloud.identity.accounts.Account;

/** A personal access token found together with the account it acts for. */
public record TokenOwner(ApiToken token, Account owner) {
}
