package org.educloud.roster.classes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TeachingAssignmentRepository extends JpaRepository<TeachingAssignment, Long> {

    boolean existsByStaffIdAndClassIdAndSubject(Long staffId, Long classId, String subject);

    @Query("select t.classId from TeachingAssignment t where t.staffId in :staffIds")
    List<Long> classesTaughtBy(Collection<Long> staffIds);

    @Query("select t.subject, count(distinct t.staffId) from TeachingAssignment t, SchoolClass c where t.classId = c.id and c.schoolId = :schoolId group by t.subject")
    List<Object[]> teachersBySubject(Long schoolId);

    @Query("select t from TeachingAssignment t, SchoolClass c where t.classId = c.id and c.schoolPath like :pattern")
    List<TeachingAssignment> allUnder(String pattern);
}
