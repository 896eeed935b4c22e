package org.educloud.identity.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "identity", name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_id_seq")
    @SequenceGenerator(name = "role_grant_id_seq", sequenceName = "identity.role_grant_id_seq", allocationSize = 50)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable Long orgId;

    private String orgPath;

    private Instant grantedAt;

    private @Nullable Long grantedBy;

    protected RoleGrant() {
        // for JPA
    }

    RoleGrant(UserId account, Role role, @Nullable OrgId org, OrgPath path, @Nullable UserId grantedBy, Instant now) {
        this.accountId = account.value();
        this.role = role;
        this.orgId = org == null ? null : org.value();
        this.orgPath = path.value();
        this.grantedAt = now;
        this.grantedBy = grantedBy == null ? null : grantedBy.value();
    }

    public long id() {
        return id;
    }

    public UserId accountId() {
        return new UserId(accountId);
    }

    public Role role() {
        return role;
    }

    public @Nullable OrgId orgId() {
        return orgId == null ? null : OrgId.of(orgId);
    }

    public OrgPath orgPath() {
        return new OrgPath(orgPath);
    }

    public Scope.Grant asScopeGrant() {
        return new Scope.Grant(role, orgPath());
    }
}
