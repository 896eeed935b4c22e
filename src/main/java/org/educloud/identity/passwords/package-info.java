/**
 * Passwords: the policy a new password must meet, changing a password and activating an imported account with
 * its one-time code, the gate that sends a person who must change a password to the form, and the activation and
password pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.passwords;
