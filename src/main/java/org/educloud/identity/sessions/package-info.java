/**
 * Logging in with a password: authentication, throttling per account and per address in PostgreSQL,
 * trusted-device cookies, what happens after a success or failure, the gate that ends sessions of disabled
 * accounts, the saved request to return to, and the login page.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.sessions;
