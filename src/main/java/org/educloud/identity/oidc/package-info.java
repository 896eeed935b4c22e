/**
 * EduCloud as an OpenID Connect provider (ADR 0036): Spring Authorization Server's endpoints (authorization code with
 * PKCE, refresh tokens, discovery, JWKS, userinfo, RP-initiated logout) on the existing login, with clients,
 * authorizations, consents and signing keys in identity's schema so every node signs and verifies alike. Admins
 * register clients for their org node; a client signs in only people with a role at or below that node, and its
 * claims never name another node's grants.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.oidc;
