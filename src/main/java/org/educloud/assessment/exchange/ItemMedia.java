package org.educloud.assessment.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educloud.assessment.items.ItemReach;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFile;
import org.educloud.library.StoredFiles;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images of imported items. Bytes go to the library's content store ({@link StoredFiles}: checked from the
 * bytes, kept once by hash, removed again if the import's transaction rolls back); a row here records whose they
 * are. Only raster pictures are kept (PNG, JPEG, GIF): an SVG can carry script, so it is refused.
 *
 * <p>Who may see one: everyone signed in at the owner's node or below it (the school's teachers, students and
 * their parents, who see items through quizzes), and administrators of a node above it. A teacher of another school
 * who uses an item shared to the district bank does not see its pictures: that would need a record of which items
 * use which image, which the bank does not keep yet.
 */
@Service
public class ItemMedia {

    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif");
    static final Set<Role> AUTHORING_ROLES = Set.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN,
            Role.REGION_ADMIN);

    /** One stored image. */
    public record Media(long id, String ownerPath, String sha256, String contentType, long size, String fileName) {
    }

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final StoredFiles files;
    private final Clock clock;

    ItemMedia(JdbcClient jdbc, StoredFiles files, RosterDirectory roster, Clock clock) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    /** The node imported items and their images are filed under: the one the caller authors at, deepest first. */
    static OrgPath ownerPath(Scope scope) {
        return scope.grants().stream().filter(g -> AUTHORING_ROLES.contains(g.role()) && g.path().depth() > 0)
                .map(Scope.Grant::path).max(java.util.Comparator.comparingInt(OrgPath::depth))
                .orElseThrow(() -> new ForbiddenException("assessment.error.mayNotAuthor"));
    }

    /**
     * A picture an author puts into the item they are writing (the editor's image button), filed under their node
     * like an imported one; only PNG, JPEG and GIF, sniffed from the bytes.
     */
    @Transactional
    public long upload(Scope scope, ReceivedFile received) {
        ownerPath(scope);
        if (!IMAGE_TYPES.contains(received.mediaType())) {
            throw new org.educloud.shared.RuleViolationException("assessment.editor.notAPicture");
        }
        return store(scope, received);
    }

    /** Records a received picture in the caller's (the import's) transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    long store(Scope scope, ReceivedFile received) {
        StoredFile stored = files.store(received);
        return jdbc.sql("""
                        INSERT INTO assessment.item_media (owner_path, sha256, content_type, size, file_name,
                            created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(ownerPath(scope).value(), stored.sha256(), received.mediaType(), received.size(),
                        received.fileName(), scope.userId().value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /**
     * A picture the caller may see (404 otherwise, so ids of other schools' pictures reveal nothing): teachers of the
     * owner's school and administrators above it, and whoever reaches an item that shows it (a district-shared item
     * is read in every school of the district); a student only a picture in the stem or options of an item of a
     * quiz they have started (never one that only an explanation or reference answer shows); parents none.
     */
    public Media visible(Scope scope, long id) {
        Media media = find(id).orElseThrow(() -> new NotFoundException("assessment.exchange.mediaNotFound"));
        OrgPath owner = new OrgPath(media.ownerPath());
        boolean allowed = scope.grants().stream().anyMatch(g -> g.role() == Role.TEACHER && owner.contains(g.path())
                || g.role().administrative() && (owner.contains(g.path()) || g.path().contains(owner)))
                || scope.has(Role.STUDENT) && roster.learner(scope.userId())
                .map(l -> inStudentsQuiz(l.studentId().value(), id)).orElse(false)
                || inReachableItem(scope, id);
        if (!allowed) {
            throw new NotFoundException("assessment.exchange.mediaNotFound");
        }
        return media;
    }

    /** The picture if the caller may see it, else empty. */
    public Optional<Media> visibleOrNone(Scope scope, long id) {
        try {
            return Optional.of(visible(scope, id));
        } catch (NotFoundException notTheirs) {
            return Optional.empty();
        }
    }

    /** Whether the picture is in an item the caller may use; asked only after the cheaper rules said no. */
    private boolean inReachableItem(Scope scope, long id) {
        ItemReach reach = ItemReach.of(scope);
        if (!reach.reachesAny()) {
            return false;
        }
        List<Object> params = new ArrayList<>();
        String where = reach.sql(params);
        params.add(shownAt(id));
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment.item i JOIN assessment.item_version v "
                        + "ON v.item_id = i.id WHERE " + where + " AND v.content::text ~ ?)")
                .params(params).query(Boolean.class).single();
    }

    private boolean inStudentsQuiz(long studentId, long id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM assessment.attempt a
                            JOIN assessment.quiz_item qi ON qi.quiz_id = a.quiz_id
                            JOIN assessment.item_version v ON v.item_id = qi.item_id AND v.version = qi.item_version
                            WHERE a.student_id = ? AND ((v.content -> 'stem')::text || (v.content -> 'choices')::text
                                || (v.content -> 'targets')::text) ~ ?)""")
                .params(studentId, shownAt(id)).query(Boolean.class).single();
    }

    /**
     * The picture's address inside an item's JSON content, where the quotes around it are escaped: the path and id
     * followed by anything but another digit, so picture 12 is not found in picture 123's address.
     */
    private static String shownAt(long id) {
        return org.educloud.assessment.items.ItemMarkup.MEDIA_PATH + id + "([^0-9]|$)";
    }

    Optional<Media> find(long id) {
        return jdbc.sql("SELECT id, owner_path, sha256, content_type, size, file_name FROM assessment.item_media "
                        + "WHERE id = ?").param(id)
                .query((rs, n) -> new Media(rs.getLong(1), rs.getString(2), rs.getString(3).strip(), rs.getString(4),
                        rs.getLong(5), rs.getString(6))).optional();
    }

    List<Media> all(Collection<Long> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    FileContent open(Media media) {
        return files.open(media.sha256(), media.fileName(), 0, media.size());
    }
}
