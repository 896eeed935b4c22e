package org.educloud.roster.transfers;

import java.util.List;
import org.educloud.roster.people.Student;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransferRepository extends JpaRepository<Transfer, Long> {

    /**
     * Students who left a school under this path pattern for a school outside it: its admins keep read access to
     * their time there (moves inside the subtree need no extra reach).
     */
    @Query("""
            select distinct t.studentId from Transfer t, Student s
            where t.studentId = s.id and t.fromSchoolPath like :pattern and s.schoolPath not like :pattern""")
    List<Long> studentsWhoLeft(String pattern);
}
