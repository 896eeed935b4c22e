package org.educloud.roster.classes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByStudentId(Long studentId);

    boolean existsByStudentIdAndClassId(Long studentId, Long classId);

    @Query("select e.classId, count(e) from Enrolment e where e.classId in :classIds and e.endsOn is null group by e.classId")
    List<Object[]> countCurrent(Collection<Long> classIds);

    @Query("select e.studentId from Enrolment e where e.classId in :classIds and e.endsOn is null")
    List<Long> currentStudentsOf(Collection<Long> classIds);

    @Query("select e.classId from Enrolment e where e.studentId in :studentIds and e.endsOn is null")
    List<Long> currentClassesOf(Collection<Long> studentIds);

    @Query("select e from Enrolment e where e.classId = :classId and e.endsOn is null")
    List<Enrolment> currentOf(Long classId);

    @Query("select e from Enrolment e where e.schoolPath like :pattern order by e.id")
    List<Enrolment> allUnder(String pattern);
}
