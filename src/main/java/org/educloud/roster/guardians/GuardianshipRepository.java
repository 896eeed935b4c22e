package org.educloud.roster.guardians;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface GuardianshipRepository extends JpaRepository<Guardianship, Guardianship.Key> {

    List<Guardianship> findByStudentId(Long studentId);

    @Query("select g.studentId from Guardianship g where g.guardianId in :guardianIds")
    List<Long> childrenOf(Collection<Long> guardianIds);

    @Query("select g from Guardianship g, Student s where g.studentId = s.id and s.schoolPath like :pattern")
    List<Guardianship> allUnder(String pattern);

    boolean existsByStudentIdAndGuardianId(Long studentId, Long guardianId);

    java.util.Optional<Guardianship> findByStudentIdAndGuardianId(Long studentId, Long guardianId);
}
