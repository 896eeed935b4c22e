package org.educloud.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The installation speaking as itself in protocols beside OpenID Connect (LTI 1.3 launches and its service tokens):
 * claim sets are signed with the same current key as ID tokens, named by its {@code kid}, and verified against the
 * same published keys ({@code /oidc/jwks}), so rotation and every node's view of the keys apply alike (ADR 0036).
 */
public interface PlatformSigning {

    /** The claims as a compact RS256 JWS signed with the current key; its header names the key. */
    String sign(JWTClaimsSet claims);

    /** The public keys a signature of this installation may be checked against, retired ones included. */
    JWKSet publicKeys();
}
