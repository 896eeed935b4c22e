package org.educloud.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.CatalogueImport;
import org.educloud.library.ClassPushes;
import org.educloud.library.PushDraft;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.TextbookNodeView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The starter curriculum catalogue (人教版 primary mathematics, grades 3–4) and a few resources at each step of
 * the review workflow: published in a school, published to a district and featured, waiting for the city's
 * review, and a private draft.
 */
@Component
class DemoLibrary {

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

    /** Loads the catalogue and resources; answers the ids of the published ones by a short name. */
    Map<String, Long> load(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts) {
        try (InputStream catalogue = getClass().getResourceAsStream("/demo/catalogue-pep-primary-mathematics-3-4.json")) {
            CatalogueImport imported = curriculum.importCatalogue(installation, catalogue);
            if (!imported.succeeded()) {
                throw new IllegalStateException("The starter catalogue does not import: " + imported.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UserId wang = accounts.get("teacher.wang");
        UserId li = accounts.get("teacher.li");
        if (wang == null || li == null) {
            return Map.of();
        }
        Scope teacherWang = identity.scopeOf(wang);
        Scope teacherLi = identity.scopeOf(li);
        Scope shiyanAdmin = identity.scopeOf(accounts.get("shiyan.admin"));
        Scope linjiangAdmin = identity.scopeOf(accounts.get("linjiang.admin"));
        Scope qingshanAdmin = identity.scopeOf(accounts.get("qingshan.admin"));

        long fractions = library.create(teacherWang, draft(teacherWang, "分数的初步认识——几分之一（课件）",
                        "<p>用分蛋糕、折纸引入<strong>几分之一</strong>，认识分数各部分的名称。</p>",
                        ResourceType.COURSEWARE, 3, "几分之一", List.of("MA-P-FRA-UNIT"), "分数, 折纸",
                        Sharing.SCHOOL, places.get("lj-shiyan")),
                pdf("Fractions: one part of a whole", "1/2 of a cake", "1/4 of a paper square"), "几分之一.pdf");
        library.submit(teacherWang, fractions);
        library.approve(shiyanAdmin, fractions, "内容准确，适合三年级。");
        List<Long> wangsClasses = pushes.pushableClasses(teacherWang).stream().map(c -> c.id()).toList();
        if (!wangsClasses.isEmpty()) {
            pushes.push(teacherWang, new PushDraft(List.of(fractions), wangsClasses, LocalDate.now(clock),
                    "第2节 数学", "先折一折手里的纸，再看课件。"));
        }

        long perimeter = library.create(teacherWang, draft(teacherWang, "长方形和正方形的周长 分层练习",
                        "<p>基础、提高、拓展三层练习，附答案。</p>", ResourceType.EXERCISE_SET, 3,
                        "长方形和正方形的周长", List.of("MA-P-GEO-PERIM"), "周长, 练习", Sharing.DISTRICT,
                        places.get("lj-shiyan")),
                pdf("Perimeter of rectangles and squares", "Level A: 6 questions", "Level B: 4 questions",
                        "Level C: 2 questions"), "周长分层练习.pdf");
        library.submit(teacherWang, perimeter);
        library.approve(shiyanAdmin, perimeter, null);
        library.approve(linjiangAdmin, perimeter, "区级推荐。");
        library.feature(linjiangAdmin, perimeter, true);

        long directions = library.create(teacherLi, draft(teacherLi, "认识东、南、西、北（教学挂图）",
                        "<p>方位教学挂图，可打印张贴。</p>", ResourceType.IMAGE, 3, "认识东、南、西、北",
                        List.of("MA-P-GEO-DIR"), "方位, 挂图", Sharing.PUBLIC, places.get("qs-shimen-xx")),
                new ByteArrayInputStream(DemoFiles.compassPng()), "方位挂图.png");
        library.submit(teacherLi, directions);
        library.approve(qingshanAdmin, directions, null);

        library.create(teacherWang, draft(teacherWang, "鸡兔同笼 微课（备课中）",
                "<p>列表法、假设法两种思路。</p>", ResourceType.LINK, 4, "9 数学广角——鸡兔同笼",
                List.of("MA-P-THINK-CHICKEN"), "鸡兔同笼", Sharing.PRIVATE, places.get("lj-shiyan"))
                .withLink("https://www.example.cn/micro-lectures/chicken-rabbit"));
        return Map.of("fractions", fractions, "perimeter", perimeter, "directions", directions);
    }

    private ResourceDraft draft(Scope author, String title, String description, ResourceType type, int grade,
                                String section, List<String> knowledgePoints, String tags, Sharing sharing,
                                @Nullable OrgId owner) {
        List<TextbookNodeView> nodes = curriculum.textbooks(author, Subject.MATHEMATICS, Stage.PRIMARY);
        Long node = nodes.stream().filter(n -> n.name().equals(section) && Integer.valueOf(grade).equals(n.grade()))
                .map(TextbookNodeView::id).findFirst().orElse(null);
        List<Long> points = curriculum.knowledgePoints(author, Subject.MATHEMATICS, Stage.PRIMARY).stream()
                .filter(k -> knowledgePoints.contains(k.code())).map(KnowledgePointView::id).toList();
        return new ResourceDraft(title, description, type, Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, grade,
                node, points, tags, "zh-CN", null, sharing, owner == null ? null : owner.value());
    }

    private static InputStream pdf(String... lines) {
        return new ByteArrayInputStream(DemoFiles.pdf(List.of(lines)));
    }
}
