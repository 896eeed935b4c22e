package org.educloud.identity;

/** A personal access token found together with the account it acts for. */
record TokenOwner(ApiToken token, Account owner) {
}
