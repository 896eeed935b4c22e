package org.educloud.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import org.educloud.identity.PlatformSigning;
import org.springframework.stereotype.Component;

/**
 * Signs with the keys the OpenID Connect provider signs with, read through {@link SigningKeys}' public questions
 * only (the current key id, and the key set as a JWK source), so how the keys are stored stays its own business.
 */
@Component
class PlatformSigner implements PlatformSigning {

    private final SigningKeys keys;

    PlatformSigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String sign(JWTClaimsSet claims) {
        // a rotation on another node between the two questions leaves the kid unknown for a moment: ask again once
        for (int attempt = 0; attempt < 2; attempt++) {
            String kid = keys.currentKid();
            List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).privateOnly(true).build()),
                    null);
            if (!found.isEmpty() && found.getFirst() instanceof RSAKey key) {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
                        .type(JOSEObjectType.JWT).build(), claims);
                try {
                    jwt.sign(new RSASSASigner(key));
                } catch (JOSEException e) {
                    throw new IllegalStateException("the platform key could not sign", e);
                }
                return jwt.serialize();
            }
        }
        throw new IllegalStateException("no current signing key");
    }

    @Override
    public JWKSet publicKeys() {
        return keys.published();
    }
}
