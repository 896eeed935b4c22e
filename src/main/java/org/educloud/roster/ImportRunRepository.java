package org.educloud.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    List<ImportRun> findTop20BySchoolIdOrderByRunAtDesc(Long schoolId);
}
