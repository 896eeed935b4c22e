package org.educloud.identity.recovery;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

/** The public password-recovery pages: they read no one's data and answer alike for every login. */
class RecoveryIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of();
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of(
                "GET /recover", "public form asking for a login",
                "POST /recover", "answers the same for every login, existing or not",
                "GET /recover/code", "public form for the code and the new password",
                "POST /recover/code", "answers only about the code's own account, alike for unknown logins",
                "GET /account/contacts", "the caller's own phone and e-mail address",
                "POST /account/contacts/{kind}/code", "sends a code to the caller's own address only",
                "POST /account/contacts/{kind}/verify", "checks a code for the caller's own address only");
    }
}
