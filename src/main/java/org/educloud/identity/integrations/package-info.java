/**
 * Integration clients (OneRoster and xAPI callers): their registration and credentials, HTTP Basic
 * authentication, the OAuth 2 client-credentials token endpoint that hands them access tokens, and the
 * administration pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.integrations;
