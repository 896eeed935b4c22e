package org.educloud.identity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByAccountIdOrderById(Long accountId);

    List<RoleGrant> findByAccountIdIn(Collection<Long> accountIds);

    boolean existsByRole(Role role);

    Optional<RoleGrant> findByAccountIdAndRoleAndOrgPath(Long accountId, Role role, String orgPath);
}
