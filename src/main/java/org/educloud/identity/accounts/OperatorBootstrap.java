package org.educloud.identity.accounts;

import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A fresh production installation has nobody who could log in. When {@code educloud.identity.initial-operator-password}
 * is set and no platform operator exists yet, this creates the account {@code operator} with that password, to be
 * changed at first login.
 */
@Component
@Order(0)
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorBootstrap.class);

    private static final Scope INSTALLATION = Scope.installation();

    private final IdentityManagement identity;
    private final RoleGrantRepository grants;
    private final Environment environment;

    OperatorBootstrap(IdentityManagement identity, RoleGrantRepository grants, Environment environment) {
        this.identity = identity;
        this.grants = grants;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = environment.getProperty("educloud.identity.initial-operator-password");
        if (password == null || password.isBlank() || grants.existsByRole(Role.PLATFORM_OPERATOR)) {
            return;
        }
        identity.create(INSTALLATION, new NewAccount("operator", "Platform operator", null, null,
                Role.PLATFORM_OPERATOR, null, password));
        LOG.info("Created the first platform operator account 'operator'; its password must be changed at first login");
    }
}
