/**
 * "Forgot password": a one-time code sent to the account's phone or e-mail sets a new password under the usual
 * policy. Codes are hashed, short-lived, single use and burnt after a few wrong guesses; asking is throttled per
 * account and per address, and no answer says whether an account exists.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.recovery;
