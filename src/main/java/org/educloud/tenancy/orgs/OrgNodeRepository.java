package org.educloud.tenancy.orgs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface OrgNodeRepository extends JpaRepository<OrgNode, Long>, JpaSpecificationExecutor<OrgNode> {

    @Query(value = "select nextval('tenancy.org_node_id_seq')", nativeQuery = true)
    long nextId();

    Optional<OrgNode> findBySchoolCode(String schoolCode);

    List<OrgNode> findByParentIdOrderByKindAscNameAsc(Long parentId);

    /** Identifiers and names only: lists label many rows with their schools' names on every page. */
    @Query("select n.id, n.name from OrgNode n where n.id in :ids")
    List<Object[]> namesOf(java.util.Collection<Long> ids);

    List<OrgNode> findByParentIdIsNullOrderByNameAsc();

    /** Identifiers and registration times of the schools under a path pattern. */
    @Query("select n.id, n.createdAt from OrgNode n where n.kind = org.educloud.tenancy.OrgKind.SCHOOL "
            + "and n.path like :pattern")
    List<Object[]> schoolsRegisteredUnder(String pattern);

    /** Rows of (kind, locality, stages, teaching_point, count) for active nodes under a path pattern. */
    @Query(value = """
            select kind, locality, stages, teaching_point, count(*) from tenancy.org_node
            where status = 'ACTIVE' and path like :pattern
            group by kind, locality, stages, teaching_point""", nativeQuery = true)
    List<Object[]> countActiveGroups(String pattern);

    @Query("select count(n) from OrgNode n where n.parentId = :parentId and n.status = org.educloud.tenancy.OrgStatus.ACTIVE")
    long countActiveChildren(Long parentId);
}
