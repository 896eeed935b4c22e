package org.educloud.library.resources;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceType;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.search.LibraryAnalysis;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.UserId;
import org.educloud.tenancy.Stage;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A teaching resource: its description, curriculum place, owner, sharing and review status. The review workflow's
 * steps are its methods, each refusing a step its status does not allow; who may take a step is
 * {@link ResourceAccess}'s rule, checked by the caller.
 */
@Entity
@Table(schema = "library", name = "resource")
@Indexed(index = "resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private ResourceType type;
    @Enumerated(EnumType.STRING)
    private Licence licence;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Stage stage;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Subject subject;
    @GenericField(aggregable = Aggregable.YES)
    private @Nullable Integer grade;
    private @Nullable Long textbookNodeId;
    @ElementCollection
    @CollectionTable(schema = "library", name = "resource_knowledge_point", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "knowledge_point_id")
    private Set<Long> knowledgePointIds = new LinkedHashSet<>();
    private String[] tags;
    private String language;
    private @Nullable String linkUrl;
    @GenericField(aggregable = Aggregable.YES)
    private Long ownerId;
    @KeywordField
    private String ownerPath;
    @GenericField
    private Long authorId;
    private String authorName;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Sharing sharing;
    @KeywordField
    private String sharePath;
    private String reviewPath;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ReviewStatus status;
    @GenericField
    private boolean featured;
    private long viewCount;
    private long downloadCount;
    private long ratingSum;
    private long ratingCount;
    private Instant createdAt;
    private Instant updatedAt;
    @GenericField(sortable = Sortable.YES)
    private @Nullable Instant publishedAt;
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String edition;
    /** Tags, knowledge point names and the textbook path: what else a search should find the resource by. */
    private String searchTerms = "";
    @Version
    private long version;

    protected Resource() {
        // for JPA
    }

    Resource(UserId author, String authorName, Instant now) {
        this.authorId = author.value();
        this.authorName = authorName;
        this.status = ReviewStatus.DRAFT;
        this.createdAt = now;
    }

    /** Takes the described fields; the caller has checked and sanitised them and placed the owner. */
    void describe(ResourceDraft draft, String sanitisedDescription, List<String> tagList, OrgId owner,
                  OrgPath ownerPath, Placement placement, Catalogued catalogued, Instant now) {
        this.edition = catalogued.edition();
        this.searchTerms = catalogued.searchTerms();
        this.title = draft.title().strip();
        this.description = sanitisedDescription;
        this.type = draft.type();
        this.licence = draft.licence();
        this.stage = draft.stage();
        this.subject = draft.subject();
        this.grade = draft.grade();
        this.textbookNodeId = draft.textbookNodeId();
        this.knowledgePointIds = new LinkedHashSet<>(draft.knowledgePointIds() == null ? List.of()
                : draft.knowledgePointIds());
        this.tags = tagList.toArray(String[]::new);
        this.language = draft.language().strip();
        this.linkUrl = draft.linkUrl() == null || draft.linkUrl().isBlank() ? null : draft.linkUrl().strip();
        this.ownerId = owner.value();
        this.ownerPath = ownerPath.value();
        this.sharing = draft.sharing();
        this.sharePath = placement.sharePath().value();
        this.reviewPath = placement.reviewPath().value();
        this.updatedAt = now;
    }

    /**
     * Hands the resource to its reviewers: a school's resource to the school, a bureau's own resource (no school
     * above it to review it; the org tree is region › district › school) straight to the bureau.
     *
     * @param hasContent whether the resource has a link or a file: an empty resource is not worth reviewing
     * @return the status it left, for the review history
     */
    public ReviewStatus submit(boolean hasContent, Instant now) {
        if (!status.editable()) {
            throw new RuleViolationException("library.error.notEditable");
        }
        if (sharing == Sharing.PRIVATE) {
            throw new RuleViolationException("library.error.privateNotReviewed");
        }
        if (!hasContent) {
            throw new RuleViolationException("library.error.nothingToReview");
        }
        boolean ownedBySchool = ownerPath().depth() == 3;
        return moveTo(ownedBySchool ? ReviewStatus.SUBMITTED : ReviewStatus.SCHOOL_APPROVED, now);
    }

    /** The school's approval: published if shared within the school, else on to the bureau. */
    public ReviewStatus approveForSchool(Instant now) {
        require(status == ReviewStatus.SUBMITTED);
        return moveTo(sharing.needsBureauReview() ? ReviewStatus.SCHOOL_APPROVED : ReviewStatus.PUBLISHED, now);
    }

    /** The bureau's approval of what its school approved: published. */
    public ReviewStatus approveForBureau(Instant now) {
        require(status == ReviewStatus.SCHOOL_APPROVED);
        return moveTo(ReviewStatus.PUBLISHED, now);
    }

    /** Back to the author, from whichever reviewer holds it. */
    public ReviewStatus reject(Instant now) {
        require(status.awaitingReview());
        return moveTo(ReviewStatus.REJECTED, now);
    }

    /** Taken out of review or out of the library; the author may edit it again. */
    public ReviewStatus withdraw(Instant now) {
        require(status.awaitingReview() || status == ReviewStatus.PUBLISHED);
        return moveTo(ReviewStatus.WITHDRAWN, now);
    }

    /** Marks (or unmarks) a published resource shared beyond its school as featured (优质). */
    public void feature(boolean featured) {
        require(status == ReviewStatus.PUBLISHED && sharing.needsBureauReview());
        this.featured = featured;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolationException("library.error.wrongStatus");
        }
    }

    private ReviewStatus moveTo(ReviewStatus next, Instant now) {
        ReviewStatus from = this.status;
        this.status = next;
        this.updatedAt = now;
        if (next == ReviewStatus.PUBLISHED) {
            this.publishedAt = now;
        }
        return from;
    }

    /** How much the resource is used, for sorting search results by it. */
    @GenericField(sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public long getUsage() {
        return viewCount + downloadCount;
    }

    /**
     * Everything a search matches, as one text (title, description without markup, tags, knowledge points, textbook
     * place), read as words and as bigrams into one field: one list of postings per searched term costs a search
     * far less than one per property and reading.
     */
    @FullTextField(name = "text", analyzer = LibraryAnalysis.TEXT_HTML)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchText() {
        return searchText(title, description, searchTerms);
    }

    /** What a search matches of a resource, for an index that reads the resource's columns (OpenSearch). */
    public static String searchText(String title, String description, String searchTerms) {
        // the title twice: a title containing the searched words ranks a resource higher, without a field of its own
        return title + "\n" + title + "\n" + description + "\n" + searchTerms;
    }

    /** The average rating (0 when unrated), for sorting search results by it. */
    @GenericField(sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public double getRating() {
        return ratingCount == 0 ? 0 : (double) ratingSum / ratingCount;
    }

    /** The textbook edition and the words of its curriculum place, as search sees them. */
    record Catalogued(@Nullable String edition, String searchTerms) {
    }

    /** Where a resource is shared and where its bureau review happens, from its owner and sharing. */
    record Placement(OrgPath sharePath, OrgPath reviewPath) {
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    String description() {
        return description;
    }

    ResourceType type() {
        return type;
    }

    Licence licence() {
        return licence;
    }

    Stage stage() {
        return stage;
    }

    Subject subject() {
        return subject;
    }

    @Nullable Integer grade() {
        return grade;
    }

    @Nullable Long textbookNodeId() {
        return textbookNodeId;
    }

    Set<Long> knowledgePointIds() {
        return knowledgePointIds;
    }

    List<String> tags() {
        return List.of(tags);
    }

    String language() {
        return language;
    }

    public @Nullable String linkUrl() {
        return linkUrl;
    }

    OrgId ownerId() {
        return OrgId.of(ownerId);
    }

    public OrgPath ownerPath() {
        return new OrgPath(ownerPath);
    }

    UserId authorId() {
        return new UserId(authorId);
    }

    String authorName() {
        return authorName;
    }

    public Sharing sharing() {
        return sharing;
    }

    public OrgPath sharePath() {
        return new OrgPath(sharePath);
    }

    OrgPath reviewPath() {
        return new OrgPath(reviewPath);
    }

    public ReviewStatus status() {
        return status;
    }

    boolean featured() {
        return featured;
    }

    long viewCount() {
        return viewCount;
    }

    long downloadCount() {
        return downloadCount;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }
}
