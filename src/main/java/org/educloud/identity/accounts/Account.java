package org.educloud.identity.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.educloud.identity.AccountStatus;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "identity", name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_id_seq")
    @SequenceGenerator(name = "account_id_seq", sequenceName = "identity.account_id_seq", allocationSize = 50)
    private Long id;

    private String username;

    private String displayName;

    private @Nullable String phone;

    private @Nullable String email;

    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private boolean mustChangePassword;

    private @Nullable String activationCodeHash;

    private @Nullable Instant activationExpiresAt;

    private String homeOrgPath;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Instant lastLoginAt;

    private @Nullable Instant passwordChangedAt;

    /** When the person proved the phone is theirs with a code sent to it; only then does recovery use it. */
    private @Nullable Instant phoneVerifiedAt;

    private @Nullable Instant emailVerifiedAt;

    @Version
    private int version;

    protected Account() {
        // for JPA
    }

    Account(String username, String displayName, @Nullable String phone, @Nullable String email, OrgPath home,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.homeOrgPath = home.value();
        this.status = AccountStatus.PENDING_ACTIVATION;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        this.updatedAt = now;
        if (status == AccountStatus.PENDING_ACTIVATION) {
            status = AccountStatus.ACTIVE;
        }
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
    }

    void awaitActivation(String codeHash, Instant expiresAt, Instant now) {
        this.activationCodeHash = codeHash;
        this.activationExpiresAt = expiresAt;
        this.updatedAt = now;
        if (status == AccountStatus.ACTIVE) {
            status = AccountStatus.PENDING_ACTIVATION;
            passwordHash = null;
        }
    }

    public boolean activationCodeMatches(String codeHash, Instant now) {
        return activationCodeHash != null && activationExpiresAt != null && now.isBefore(activationExpiresAt)
                && java.security.MessageDigest.isEqual(activationCodeHash.getBytes(), codeHash.getBytes());
    }

    void moveHome(OrgPath home, Instant now) {
        this.homeOrgPath = home.value();
        this.updatedAt = now;
    }

    void disable(Instant now) {
        status = AccountStatus.DISABLED;
        updatedAt = now;
    }

    void enable(Instant now) {
        status = passwordHash == null ? AccountStatus.PENDING_ACTIVATION : AccountStatus.ACTIVE;
        updatedAt = now;
    }

    public UserId id() {
        return new UserId(id);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean verified(org.educloud.identity.RecoveryCodeSender.ContactKind kind) {
        return (kind == org.educloud.identity.RecoveryCodeSender.ContactKind.PHONE ? phoneVerifiedAt : emailVerifiedAt)
                != null;
    }

    public void markVerified(org.educloud.identity.RecoveryCodeSender.ContactKind kind, Instant now) {
        if (kind == org.educloud.identity.RecoveryCodeSender.ContactKind.PHONE) {
            phoneVerifiedAt = now;
        } else {
            emailVerifiedAt = now;
        }
        updatedAt = now;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public OrgPath homeOrgPath() {
        return new OrgPath(homeOrgPath);
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }
}
