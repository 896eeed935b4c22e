package org.educloud.demo.resources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.demo.resources.DemoResourceItems.Fate;
import org.educloud.demo.resources.DemoResourceItems.Item;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.CatalogueImport;
import org.educloud.library.ClassPushes;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Licence;
import org.educloud.library.PushDraft;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.TextbookNodeView;
import org.educloud.roster.ClassId;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The starter curriculum catalogues (人教版 primary mathematics, grades 3–4; 统编版 Chinese and PEP English, grade 3)
 * and a library of about three dozen resources by four teachers of both districts: lesson plans, courseware,
 * exercises, pictures and micro-lectures, each a real small file (or a link) placed at its textbook lesson and
 * tagged with knowledge points. Most are published (to their school, district, city, or the public portal); some
 * wait for a school's or a bureau's review, and one is still a private draft.
 */
@Component
public class DemoLibrary implements DemoStep {

    /** The resources the library step published, by demo key, for the steps after it. */
    public static final DemoContext.Key<Map<String, Long>> RESOURCES = new DemoContext.Key<>("resources");

    public static final List<String> CATALOGUES = List.of("/demo/catalogue-pep-primary-mathematics-3-4.json",
            "/demo/catalogue-tongbian-primary-chinese-3.json", "/demo/catalogue-pep-primary-english-3.json");

    /** Who reviews a school's resources when its own admin is the author or absent, and who a bureau's. */
    private static final Map<String, String> SCHOOL_REVIEWER = Map.of("lj-shiyan", "shiyan.admin",
            "lj-dier", "linjiang.admin", "qs-shimen-xx", "qingshan.admin", "qs-shiyan", "qingshan.admin");
    private static final Map<String, String> DISTRICT_REVIEWER = Map.of("lj", "linjiang.admin", "qs", "qingshan.admin");
    private static final Map<String, String> SCHOOL_OF = Map.of("teacher.wang", "lj-shiyan", "teacher.li",
            "qs-shimen-xx", "teacher.chen", "lj-dier", "teacher.zhao", "qs-shiyan");

    private final Curriculum curriculum;
    private final ResourceLibrary library;
    private final IdentityManagement identity;
    private final ClassPushes pushes;
    private final Clock clock;

    DemoLibrary(Curriculum curriculum, ResourceLibrary library, IdentityManagement identity, ClassPushes pushes,
                Clock clock) {
        this.pushes = pushes;
        this.clock = clock;
        this.curriculum = curriculum;
        this.library = library;
        this.identity = identity;
    }

    /** After the roster, whose classes resources are pushed to. */
    @Override
    public int order() {
        return 200;
    }

    @Override
    public void run(DemoContext demo) {
        demo.put(RESOURCES, load(demo.installation(), demo.places(), demo.accounts()));
    }

    /** Loads the catalogues and resources; answers the ids of the resources by their short names. */
    Map<String, Long> load(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts) {
        for (String file : CATALOGUES) {
            try (InputStream catalogue = getClass().getResourceAsStream(file)) {
                CatalogueImport imported = curriculum.importCatalogue(installation, catalogue);
                if (!imported.succeeded()) {
                    throw new IllegalStateException("The catalogue " + file + " does not import: " + imported.problems());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!accounts.keySet().containsAll(SCHOOL_OF.keySet())) {
            return Map.of();
        }
        Map<String, Scope> people = new HashMap<>();
        accounts.forEach((name, id) -> people.put(name, identity.scopeOf(id)));
        Catalogue catalogue = new Catalogue(people.get("teacher.wang"));
        Map<String, Long> ids = new HashMap<>();
        for (Item item : DemoResourceItems.ITEMS) {
            ids.put(item.key(), create(item, catalogue, people, places).value());
        }
        Scope wang = people.get("teacher.wang");
        List<ClassId> wangsClasses = pushes.pushableClasses(wang).stream().map(SchoolClassView::id).toList();
        if (!wangsClasses.isEmpty()) {
            pushes.push(wang, new PushDraft(List.of(ResourceId.of(ids.get("fractions"))), wangsClasses,
                    LocalDate.now(clock), "第2节 数学", "先折一折手里的纸，再看课件。"));
        }
        return ids;
    }


    private ResourceId create(Item item, Catalogue catalogue, Map<String, Scope> people, Map<String, OrgId> places) {
        Scope author = people.get(item.author());
        String schoolKey = SCHOOL_OF.get(item.author());
        ResourceDraft draft = new ResourceDraft(item.title(), item.description(), item.type(), Licence.CC_BY,
                Stage.PRIMARY, item.subject(), item.grade(), catalogue.node(item.subject(), item.lesson()),
                catalogue.points(item.subject(), item.points()), item.tags(), item.language(), null, item.sharing(),
                places.get(schoolKey).value());
        ResourceId id;
        if (item.file() == null) {
            id = library.create(author, draft.withLink(item.fileNameOrLink()));
        } else {
            id = library.create(author, draft, new ByteArrayInputStream(item.file().get()), item.fileNameOrLink());
        }
        if (item.fate() == Fate.DRAFT) {
            return id;
        }
        library.submit(author, id);
        if (item.fate() == Fate.AWAITING_SCHOOL) {
            return id;
        }
        library.approve(people.get(SCHOOL_REVIEWER.get(schoolKey)), id, schoolComment(item));
        if (!item.sharing().needsBureauReview() || item.fate() == Fate.AWAITING_BUREAU) {
            return id;
        }
        // a district's resources are published by the district; the city's and the public's by the city
        Scope bureau = people.get(item.sharing() == Sharing.DISTRICT
                ? DISTRICT_REVIEWER.get(schoolKey.substring(0, 2)) : "city.admin");
        library.approve(bureau, id, item.sharing() == Sharing.DISTRICT ? "区级推荐。" : "内容规范，同意公开。");
        if (item.fate() == Fate.FEATURED) {
            library.feature(bureau, id, true);
        }
        return id;
    }

    private static @Nullable String schoolComment(Item item) {
        return item.grade() == 3 && item.subject() == Subject.MATHEMATICS ? "内容准确，适合三年级。" : null;
    }

    /** The catalogue's nodes and points, read once per subject, to find a lesson by its path and points by code. */
    private final class Catalogue {

        private final Scope reader;
        private final Map<Subject, List<TextbookNodeView>> nodes = new EnumMap<>(Subject.class);
        private final Map<Subject, List<KnowledgePointView>> points = new EnumMap<>(Subject.class);

        Catalogue(Scope reader) {
            this.reader = reader;
        }

        long node(Subject subject, String lesson) {
            return nodes.computeIfAbsent(subject, s -> curriculum.textbooks(reader, s, Stage.PRIMARY)).stream()
                    .filter(n -> n.path().endsWith(" › " + lesson)).map(TextbookNodeView::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no textbook lesson " + lesson));
        }

        List<Long> points(Subject subject, List<String> codes) {
            List<Long> found = points.computeIfAbsent(subject, s -> curriculum.knowledgePoints(reader, s, Stage.PRIMARY))
                    .stream().filter(k -> codes.contains(k.code())).map(KnowledgePointView::id).toList();
            if (found.size() != codes.size()) {
                throw new IllegalStateException("unknown knowledge points among " + codes);
            }
            return found;
        }
    }
}
