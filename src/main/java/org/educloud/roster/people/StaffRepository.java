package org.educloud.roster.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface StaffRepository extends JpaRepository<Staff, Long>, JpaSpecificationExecutor<Staff> {

    boolean existsBySchoolIdAndStaffNumber(Long schoolId, String staffNumber);

    @Query("select s.id from Staff s where s.accountId = :accountId")
    List<Long> idsOfAccount(Long accountId);

    List<Staff> findBySchoolIdAndStaffNumberIn(Long schoolId, Collection<String> staffNumbers);

    @Query("select s from Staff s where s.schoolPath like :pattern order by s.id")
    List<Staff> allUnder(String pattern);
}
