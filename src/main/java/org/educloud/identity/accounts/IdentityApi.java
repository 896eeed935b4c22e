package org.educloud.identity.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.audit.AuditEntryView;
import org.educloud.identity.audit.AuditLog;
import org.educloud.identity.audit.AuditQuery;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, the caller's own identity and the audit log over JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Accounts, role grants and the audit log")
class IdentityApi {

    private final IdentityManagement identity;
    private final AuditLog audit;

    IdentityApi(IdentityManagement identity, AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's account and role grants")
    AccountView me(Scope scope) {
        return identity.self(scope.userId());
    }

    @GetMapping("/accounts")
    @Operation(summary = "Accounts in the caller's admin scope; phone and email masked")
    PageSlice<AccountView> accounts(Scope scope, @RequestParam(required = false) @Nullable String q,
                                    @RequestParam(required = false) @Nullable Role role,
                                    @RequestParam(required = false) @Nullable AccountStatus status,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return identity.search(scope, q, role, status, page, size);
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "One account the caller administers")
    AccountView account(Scope scope, @PathVariable long id) {
        return identity.administered(scope, new UserId(id));
    }

    @PostMapping("/accounts")
    @Operation(summary = "Create an account with its first role grant",
            description = "Without initialPassword the account waits for activation; the response then carries "
                    + "the one-time activationCode, which is not stored in clear text and cannot be read again.")
    ResponseEntity<AccountCreated> create(Scope scope, @Valid @RequestBody NewAccount request) {
        AccountCreated created = identity.create(scope, request);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.account().id())).body(created);
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log of the caller's admin scope, newest first")
    PageSlice<AuditEntryView> audit(Scope scope, @RequestParam(required = false) @Nullable String actor,
                                    @RequestParam(required = false) @Nullable String action,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    @Nullable LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    @Nullable LocalDate to,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return audit.search(scope, new AuditQuery(actor, action, from, to), page, size);
    }
}
