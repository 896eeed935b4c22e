package org.educloud.tenancy.orgs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The org tree over JSON: everything the pages do, for integrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Org tree", description = "Region and district bureaus and their schools")
class OrgApi {

    private final TenancyManagement tenancy;

    OrgApi(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    @GetMapping("/orgs")
    @Operation(summary = "Search the bureaus and schools in the caller's scope")
    PageSlice<OrgNodeView> search(Scope scope, @RequestParam(required = false) @Nullable String q,
                                  @RequestParam(required = false) @Nullable OrgKind kind,
                                  @RequestParam(required = false) @Nullable Locality locality,
                                  @RequestParam(required = false) @Nullable Stage stage,
                                  @RequestParam(required = false) @Nullable OrgStatus status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return tenancy.search(scope, new OrgQuery(q, kind, locality, stage, status), page, size);
    }

    @GetMapping("/orgs/{id}")
    @Operation(summary = "One bureau or school")
    OrgNodeView one(Scope scope, @PathVariable long id) {
        return tenancy.visible(scope, OrgId.of(id));
    }

    @GetMapping("/orgs/{id}/children")
    @Operation(summary = "The districts of a region, or the schools of a district")
    List<OrgNodeView> children(Scope scope, @PathVariable long id) {
        return tenancy.children(scope, OrgId.of(id));
    }

    @PostMapping("/regions")
    @Operation(summary = "Register a region bureau (platform operators)")
    ResponseEntity<OrgNodeView> registerRegion(Scope scope, @Valid @RequestBody BureauDraft draft) {
        return created(tenancy.registerBureau(scope, null, draft));
    }

    @PostMapping("/orgs/{regionId}/districts")
    @Operation(summary = "Register a district bureau in a region")
    ResponseEntity<OrgNodeView> registerDistrict(Scope scope, @PathVariable long regionId,
                                                 @Valid @RequestBody BureauDraft draft) {
        return created(tenancy.registerBureau(scope, OrgId.of(regionId), draft));
    }

    @PostMapping("/orgs/{districtId}/schools")
    @Operation(summary = "Register a school in a district")
    ResponseEntity<OrgNodeView> registerSchool(Scope scope, @PathVariable long districtId,
                                               @Valid @RequestBody SchoolDraft draft) {
        return created(tenancy.registerSchool(scope, OrgId.of(districtId), draft));
    }

    @PutMapping("/bureaus/{id}")
    @Operation(summary = "Edit a bureau")
    OrgNodeView updateBureau(Scope scope, @PathVariable long id, @Valid @RequestBody BureauDraft draft) {
        return tenancy.updateBureau(scope, OrgId.of(id), draft);
    }

    @PutMapping("/schools/{id}")
    @Operation(summary = "Edit a school")
    OrgNodeView updateSchool(Scope scope, @PathVariable long id, @Valid @RequestBody SchoolDraft draft) {
        return tenancy.updateSchool(scope, OrgId.of(id), draft);
    }

    @PostMapping("/orgs/{id}/close")
    @Operation(summary = "Close a school, or a bureau whose members are all closed; history is kept")
    OrgNodeView close(Scope scope, @PathVariable long id) {
        return tenancy.close(scope, OrgId.of(id));
    }

    @PostMapping("/orgs/{id}/reopen")
    @Operation(summary = "Reopen a closed bureau or school")
    OrgNodeView reopen(Scope scope, @PathVariable long id) {
        return tenancy.reopen(scope, OrgId.of(id));
    }

    private static ResponseEntity<OrgNodeView> created(OrgNodeView node) {
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + node.id())).body(node);
    }
}
