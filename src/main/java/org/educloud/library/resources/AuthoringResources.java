package org.educloud.library.resources;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.OwnerChoice;
import org.educloud.library.ReceivedFile;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceType;
import org.educloud.library.RichText;
import org.educloud.library.Sharing;
import org.educloud.library.StoredFile;
import org.educloud.library.StoredFiles;
import org.educloud.library.TextbookNodeView;
import org.educloud.library.catalogue.Grades;
import org.educloud.library.search.ResourceSearch;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Teachers and bureau staff describing resources and uploading their files. Metadata is checked against the
 * curriculum (grade within stage, textbook node and knowledge points of the same subject and stage) and the
 * owner's place in the org tree (a school cannot share with a district it is not in). Only the author changes a
 * resource, and only while it is not under review or published.
 */
@Component
public class AuthoringResources {

    private static final Set<Role> OWNING_ROLES = Set.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN,
            Role.REGION_ADMIN);

    private final ResourceRepository resources;
    private final ResourceFiles files;
    private final StoredFiles storedFiles;
    private final Curriculum curriculum;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final ResourceSearch search;
    private final Clock clock;

    AuthoringResources(ResourceRepository resources, ResourceFiles files, StoredFiles storedFiles,
                       Curriculum curriculum, TenancyManagement tenancy, IdentityManagement identity,
                       ApplicationEventPublisher events, ResourceSearch search, Clock clock) {
        this.search = search;
        this.resources = resources;
        this.files = files;
        this.storedFiles = storedFiles;
        this.curriculum = curriculum;
        this.tenancy = tenancy;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    public List<OwnerChoice> owners(Scope scope) {
        return scope.grants().stream().filter(g -> OWNING_ROLES.contains(g.role()) && g.path().depth() > 0)
                .map(g -> g.path().ids().getLast()).distinct()
                .flatMap(id -> tenancy.find(id).stream())
                .map(node -> new OwnerChoice(node.id(), node.name())).toList();
    }

    public long create(Scope scope, ResourceDraft draft) {
        Resource resource = new Resource(scope.userId(), identity.self(scope.userId()).displayName(), clock.instant());
        describe(scope, resource, draft);
        resources.save(resource);
        search.changed(resource.id());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.resource.created",
                "#" + resource.id() + " " + resource.title(), resource.ownerPath(), null));
        return resource.id();
    }

    public void revise(Scope scope, long id, ResourceDraft draft) {
        Resource resource = editable(scope, id);
        describe(scope, resource, draft);
        search.changed(resource.id());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.resource.revised",
                "#" + resource.id() + " " + resource.title(), resource.ownerPath(), null));
    }

    public long addFile(Scope scope, long id, ReceivedFile upload, @Nullable String note) {
        Resource resource = editable(scope, id);
        StoredFile stored = storedFiles.store(upload);
        long fileId = files.addFile(resource.id(), stored, note, scope.userId(), clock.instant());
        audit(scope, resource, "library.file.uploaded", stored);
        return fileId;
    }

    public int addVersion(Scope scope, long id, long fileId, ReceivedFile upload, @Nullable String note) {
        Resource resource = editableWithFile(scope, id, fileId);
        StoredFile stored = storedFiles.store(upload);
        int number = files.addVersion(fileId, stored, note, scope.userId(), clock.instant());
        audit(scope, resource, "library.file.versionUploaded", stored);
        return number;
    }

    /** Refuses, before a file is read, what {@link #addFile} or {@link #addVersion} would refuse after. */
    public void checkMayUpload(Scope scope, long id, @Nullable Long fileId) {
        if (fileId == null) {
            editable(scope, id);
        } else {
            editableWithFile(scope, id, fileId);
        }
    }

    private Resource editableWithFile(Scope scope, long id, long fileId) {
        Resource resource = editable(scope, id);
        if (!files.belongs(fileId, resource.id())) {
            throw new NotFoundException("library.error.fileNotFound");
        }
        return resource;
    }

    private void audit(Scope scope, Resource resource, String action, StoredFile stored) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, "#" + resource.id() + " "
                + stored.fileName(), resource.ownerPath(), stored.sha256() + " " + stored.size() + " bytes"));
    }

    /** A resource the caller may change: their own, not under review, not published. */
    private Resource editable(Scope scope, long id) {
        Resource resource = resources.findById(id).filter(r -> ResourceAccess.canSee(scope, r))
                .orElseThrow(() -> new NotFoundException("library.error.resourceNotFound"));
        if (!ResourceAccess.isAuthor(scope, resource)) {
            throw new ForbiddenException("library.error.notAuthor");
        }
        if (!resource.status().editable()) {
            throw new RuleViolationException("library.error.notEditable");
        }
        return resource;
    }

    private void describe(Scope scope, Resource resource, ResourceDraft draft) {
        OrgNodeView owner = owner(scope, draft.ownerId());
        if (draft.grade() != null && !Grades.inStage(draft.grade(), draft.stage())) {
            throw new RuleViolationException("library.error.gradeNotInStage", draft.grade());
        }
        List<String> terms = new java.util.ArrayList<>(tags(draft.tags()));
        String edition = null;
        if (draft.textbookNodeId() != null) {
            TextbookNodeView node = curriculum.textbookNode(scope, draft.subject(), draft.stage(),
                    draft.textbookNodeId()).orElseThrow(() -> new RuleViolationException("library.error.textbookNode"));
            if (draft.grade() != null && node.grade() != null && !node.grade().equals(draft.grade())) {
                throw new RuleViolationException("library.error.textbookGrade", node.grade());
            }
            edition = node.path().split(" › ")[0];
            terms.add(node.path());
        }
        if (draft.knowledgePointIds() != null && !draft.knowledgePointIds().isEmpty()) {
            Map<Long, String> known = new HashMap<>();
            curriculum.knowledgePoints(scope, draft.subject(), draft.stage()).forEach(k -> known.put(k.id(), k.name()));
            if (!known.keySet().containsAll(draft.knowledgePointIds())) {
                throw new RuleViolationException("library.error.knowledgePoint");
            }
            draft.knowledgePointIds().forEach(id -> terms.add(known.get(id)));
        }
        checkLink(draft);
        if (!draft.language().strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new RuleViolationException("library.error.language");
        }
        resource.describe(draft, RichText.sanitised(draft.description()), tags(draft.tags()), owner.id(),
                owner.path(), placement(owner, draft.sharing()),
                new Resource.Catalogued(edition, String.join(" ", terms)), clock.instant());
    }

    private OrgNodeView owner(Scope scope, @Nullable Long ownerId) {
        List<OwnerChoice> choices = owners(scope);
        if (choices.isEmpty()) {
            throw new ForbiddenException("library.error.mayNotAuthor");
        }
        OrgId chosen = ownerId == null ? choices.getFirst().id() : OrgId.of(ownerId);
        if (choices.stream().noneMatch(c -> c.id().equals(chosen))) {
            throw new RuleViolationException("library.error.owner");
        }
        return tenancy.find(chosen).orElseThrow(() -> new RuleViolationException("library.error.owner"));
    }

    /** Shared within the owner's school, district or region (or with everyone), reviewed at district or region. */
    static Resource.Placement placement(OrgNodeView owner, Sharing sharing) {
        List<OrgId> line = owner.path().ids();
        OrgPath region = prefix(line, 1);
        return switch (sharing) {
            case PRIVATE -> new Resource.Placement(owner.path(), owner.path());
            case SCHOOL -> {
                if (!owner.isSchool()) {
                    throw new RuleViolationException("library.error.sharingSchoolByBureau");
                }
                yield new Resource.Placement(owner.path(), owner.path());
            }
            case DISTRICT -> {
                if (line.size() < 2) {
                    throw new RuleViolationException("library.error.sharingDistrictByRegion");
                }
                yield new Resource.Placement(prefix(line, 2), prefix(line, 2));
            }
            case REGION -> new Resource.Placement(region, region);
            case PUBLIC -> new Resource.Placement(OrgPath.ROOT, region);
        };
    }

    private static OrgPath prefix(List<OrgId> line, int depth) {
        OrgPath path = OrgPath.ROOT;
        for (OrgId id : line.subList(0, Math.min(depth, line.size()))) {
            path = path.child(id);
        }
        return path;
    }

    private static void checkLink(ResourceDraft draft) {
        String link = draft.linkUrl();
        if (link == null || link.isBlank()) {
            if (draft.type() == ResourceType.LINK) {
                throw new RuleViolationException("library.error.linkMissing");
            }
            return;
        }
        try {
            URI uri = new URI(link.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new RuleViolationException("library.error.linkInvalid");
            }
        } catch (java.net.URISyntaxException e) {
            throw new RuleViolationException("library.error.linkInvalid");
        }
    }

    private static List<String> tags(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> tags = Arrays.stream(text.split("[,，;；、\\s]+")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (tags.size() > 10 || tags.stream().anyMatch(t -> t.length() > 30)) {
            throw new RuleViolationException("library.error.tags");
        }
        return tags;
    }
}
