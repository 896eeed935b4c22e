package org.educloud.tenancy.orgs;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "tenancy", name = "org_node")
public class OrgNode {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrgKind kind;

    private @Nullable Long parentId;

    private String path;

    private String name;

    private @Nullable String schoolCode;

    private @Nullable String divisionCode;

    @Convert(converter = StageSetConverter.class)
    private Set<Stage> stages = EnumSet.noneOf(Stage.class);

    /** The same column as text, read-only, so a stage filter can match on it. */
    @Column(name = "stages", insertable = false, updatable = false)
    private @Nullable String stagesText;

    @Enumerated(EnumType.STRING)
    private @Nullable Locality locality;

    private boolean teachingPoint;

    private @Nullable String address;

    private @Nullable String principalName;

    private @Nullable String principalPhone;

    @Enumerated(EnumType.STRING)
    private OrgStatus status = OrgStatus.ACTIVE;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Instant closedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected OrgNode() {
        // for JPA
    }

    private OrgNode(long id, OrgKind kind, @Nullable OrgNode parent, Instant now) {
        this.id = id;
        this.kind = kind;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? OrgPath.ROOT : parent.path()).child(OrgId.of(id)).value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static OrgNode bureau(long id, OrgKind kind, @Nullable OrgNode parent, BureauDraft draft, Instant now) {
        OrgNode node = new OrgNode(id, kind, parent, now);
        node.apply(draft, now);
        return node;
    }

    static OrgNode school(long id, OrgNode district, SchoolDraft draft, Instant now) {
        OrgNode node = new OrgNode(id, OrgKind.SCHOOL, district, now);
        node.apply(draft, now);
        return node;
    }

    public void apply(BureauDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.divisionCode = blankToNull(draft.divisionCode());
        this.updatedAt = now;
    }

    public void apply(SchoolDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.schoolCode = draft.schoolCode().strip();
        this.stages = draft.stages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(draft.stages());
        this.locality = draft.locality();
        this.teachingPoint = draft.isTeachingPoint();
        this.address = blankToNull(draft.address());
        this.principalName = blankToNull(draft.principalName());
        this.principalPhone = blankToNull(draft.principalPhone());
        this.updatedAt = now;
    }

    public void close(Instant now) {
        status = OrgStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    public void reopen(Instant now) {
        status = OrgStatus.ACTIVE;
        closedAt = null;
        updatedAt = now;
    }

    public OrgId id() {
        return OrgId.of(id);
    }

    public OrgKind kind() {
        return kind;
    }

    public OrgPath path() {
        return new OrgPath(path);
    }

    public OrgStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    @Nullable String schoolCode() {
        return schoolCode;
    }

    public OrgNodeView view() {
        return new OrgNodeView(id(), kind, parentId == null ? null : OrgId.of(parentId), path(), name, schoolCode,
                divisionCode, Set.copyOf(stages), locality, teachingPoint, address, principalName, principalPhone,
                status, updatedAt);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
