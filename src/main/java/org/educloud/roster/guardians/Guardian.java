package org.educloud.roster.guardians;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A parent or other guardian; owned by the school of the child they were first registered with. */
@Entity
@Table(schema = "roster", name = "guardian")
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String schoolPath;

    private String name;

    private @Nullable String phone;

    private @Nullable Long accountId;

    private Instant createdAt;

    protected Guardian() {
        // for JPA
    }

    public Guardian(OrgPath schoolPath, String name, @Nullable String phone, Instant now) {
        this.schoolPath = schoolPath.value();
        this.name = name.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.createdAt = now;
    }

    void correct(String name, @Nullable String phone) {
        this.name = name.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public void linkAccount(UserId account) {
        this.accountId = account.value();
    }

    public long id() {
        return id;
    }

    @Nullable UserId accountId() {
        return accountId == null ? null : new UserId(accountId);
    }

    public String name() {
        return name;
    }

    public @Nullable String phone() {
        return phone;
    }
}
