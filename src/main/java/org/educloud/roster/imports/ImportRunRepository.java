package org.educloud.roster.imports;

import java.util.List;
import org.educloud.roster.ImportOutcome;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    List<ImportRun> findTop20BySchoolIdOrderByRunAtDesc(Long schoolId);

    /**
     * Runs below a node that ended in one of the given outcomes since a moment, newest first, leaving out those a
     * later applied run of the same kind into the same node has put right.
     */
    @org.springframework.data.jpa.repository.Query("""
            select r from ImportRun r where r.schoolPath like :under and r.outcome in :outcomes and r.runAt >= :since
            and not exists (select 1 from ImportRun later where later.schoolId = r.schoolId and later.kind = r.kind
                and later.outcome = org.educloud.roster.ImportOutcome.APPLIED and later.runAt > r.runAt)
            order by r.runAt desc""")
    List<ImportRun> unresolved(String under, java.util.Collection<ImportOutcome> outcomes, java.time.Instant since,
                               org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update ImportRun r set r.rowsRead = :rows where r.id = :id")
    void progress(Long id, int rows);
}
