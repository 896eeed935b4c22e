package org.educloud.roster.guardians;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface GuardianRepository extends JpaRepository<Guardian, Long> {

    @Query("select g.id from Guardian g where g.accountId = :accountId")
    List<Long> idsOfAccount(Long accountId);

    List<Guardian> findByPhoneIn(Collection<String> phones);
}
