package org.educloud.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    List<ImportRun> findTop20BySchoolIdOrderByRunAtDesc(Long schoolId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update ImportRun r set r.rowsRead = :rows where r.id = :id")
    void progress(Long id, int rows);
}
