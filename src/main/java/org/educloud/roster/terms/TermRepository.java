package org.educloud.roster.terms;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

    @Query("select t from Term t where :schoolPath like concat(t.orgPath, '%') order by t.startsOn desc")
    List<Term> applicableTo(String schoolPath);
}
