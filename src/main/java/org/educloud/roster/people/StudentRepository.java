package org.educloud.roster.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface StudentRepository extends JpaRepository<Student, Long>, JpaSpecificationExecutor<Student> {

    boolean existsByStudentNumber(String studentNumber);

    Optional<Student> findByStudentNumber(String studentNumber);

    Optional<Student> findFirstByAccountIdOrderByIdDesc(Long accountId);

    @Query("select s.id from Student s where s.accountId = :accountId")
    List<Long> idsOfAccount(Long accountId);

    @Query("select c.grade, s.gender, count(s) from Student s, Enrolment e, SchoolClass c where e.studentId = s.id and e.classId = c.id and e.endsOn is null and c.kind = org.educloud.roster.ClassKind.HOMEROOM and s.schoolId = :schoolId and s.status = org.educloud.roster.StudentStatus.ENROLLED group by c.grade, s.gender")
    List<Object[]> byGradeAndGender(Long schoolId);

    List<Student> findByStudentNumberIn(Collection<String> studentNumbers);

    @Query("select s from Student s where s.schoolPath like :pattern order by s.id")
    List<Student> allUnder(String pattern);
}
