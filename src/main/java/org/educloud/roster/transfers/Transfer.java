package org.educloud.roster.transfers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/** A student moved from one school to another on a date; the record outlives both enrolments. */
@Entity
@Table(schema = "roster", name = "transfer")
class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studentId;

    private Long fromSchoolId;

    private String fromSchoolPath;

    private Long toSchoolId;

    private String toSchoolPath;

    private LocalDate transferredOn;

    private @Nullable String reason;

    private Long recordedBy;

    private Instant recordedAt;

    protected Transfer() {
        // for JPA
    }

    Transfer(long studentId, OrgNodeView from, OrgNodeView to, LocalDate on, @Nullable String reason, UserId by,
             Instant now) {
        this.studentId = studentId;
        this.fromSchoolId = from.id().value();
        this.fromSchoolPath = from.path().value();
        this.toSchoolId = to.id().value();
        this.toSchoolPath = to.path().value();
        this.transferredOn = on;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.recordedBy = by.value();
        this.recordedAt = now;
    }
}
