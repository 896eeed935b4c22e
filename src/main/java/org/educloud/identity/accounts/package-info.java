/**
 * Accounts and their role grants on org nodes: the entities and repositories, creating, enabling and disabling
 * accounts, generated login names and the retirement of former ones, the first operator at start-up, the module's
 * settings, and the pages and REST endpoints that administer accounts (including the person's own account page).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.accounts;
