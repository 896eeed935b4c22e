package org.educloud.roster.terms;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.educloud.roster.TermId;
import org.educloud.roster.TermView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** A term of a school year, defined by a bureau for all its schools or by one school. */
@Entity
@Table(schema = "roster", name = "term")
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long orgId;

    private String orgPath;

    private String schoolYear;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    protected Term() {
        // for JPA
    }

    public Term(OrgId org, OrgPath path, String schoolYear, String name, LocalDate startsOn, LocalDate endsOn) {
        this.orgId = org.value();
        this.orgPath = path.value();
        this.schoolYear = schoolYear;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public long id() {
        return id;
    }

    public TermView view() {
        return new TermView(TermId.of(id), OrgId.of(orgId), schoolYear, name, startsOn, endsOn);
    }
}
