package org.educloud.roster.classes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long>, JpaSpecificationExecutor<SchoolClass> {

    List<SchoolClass> findBySchoolIdAndTermIdOrderByGradeAscNameAsc(Long schoolId, Long termId);

    @Query("select c.id from SchoolClass c where c.headTeacherId in :staffIds")
    List<Long> ledBy(Collection<Long> staffIds);

    boolean existsBySchoolIdAndTermIdAndName(Long schoolId, Long termId, String name);

    @Query("select c from SchoolClass c where c.headTeacherId = :staffId or c.id in "
            + "(select t.classId from TeachingAssignment t where t.staffId = :staffId) order by c.termId desc, c.grade, c.name")
    List<SchoolClass> ledOrTaughtBy(Long staffId);

    @Query("select c from SchoolClass c where c.schoolPath like :pattern order by c.id")
    List<SchoolClass> allUnder(String pattern);
}
