package org.educloud.demo.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.resources.DemoLibrary;
import org.educloud.demo.resources.DemoResourceItems;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ClassPushes;
import org.educloud.library.PushDraft;
import org.educloud.library.ResourceDetail;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A term of use in both districts, so the dashboards (the library's most used, a school's classes, the digital-equity
 * page of the city and of each county) show true figures from the first start:
 * <ul>
 *   <li>today, through the library's own calls: the teachers push resources to their classes, students open the
 *   pushed resources (views) and some save a copy (downloads), teachers look at each other's published work;</li>
 *   <li>since the term began, the students' earlier days of study, as the learning facts the platform's modules
 *   publish for the learning record store (viewed a resource of their class, on a school day); an urban class
 *   studies online on more days than a rural one, which is the gap the equity page measures.</li>
 * </ul>
 * Everything is derived from fixed numbers (no randomness), so every demo installation shows the same figures.
 */
@Component
class DemoActivity implements DemoStep {

    /** School days a student of each demo class was active, of every ten since the term began. */
    private static final Map<String, Integer> ACTIVE_DAYS_IN_TEN = Map.of("lj-shiyan", 3, "qs-shimen-xx", 1);

    private final ResourceLibrary library;
    private final ClassPushes pushes;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoActivity(ResourceLibrary library, ClassPushes pushes, IdentityManagement identity,
                 ApplicationEventPublisher events, Clock clock) {
        this.library = library;
        this.pushes = pushes;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** After the roster's classes, the library's resources and the work in the learning areas. */
    @Override
    public int order() {
        return 700;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts(), demo.get(DemoLibrary.RESOURCES), demo.get(DemoRoster.CLASSES), demo.places(),
                DemoRoster.AUTUMN_TERM_STARTS);
    }

    void load(Map<String, UserId> accounts, Map<String, Long> resources, Map<String, DemoRoster.DemoClass> classes,
              Map<String, OrgId> places, LocalDate termStart) {
        if (resources.isEmpty()) {
            return;
        }
        Scope wang = identity.scopeOf(accounts.get("teacher.wang"));
        Scope li = identity.scopeOf(accounts.get("teacher.li"));
        LocalDate today = LocalDate.now(clock);
        DemoRoster.DemoClass urban = classes.get("lj-shiyan");
        DemoRoster.DemoClass rural = classes.get("qs-shimen-xx");
        pushes.push(wang, new PushDraft(List.of(library(resources, "clock"), library(resources, "fraction-wall")),
                List.of(ClassId.of(urban.classId())), today.plusDays(1), "第1节 数学",
                "认识秒：先闭眼数 10 秒，再看课件。"));
        pushes.push(li, new PushDraft(
                List.of(library(resources, "fraction-calc"), library(resources, "fraction-video")),
                List.of(ClassId.of(rural.classId())), today, "第3节 数学", "先看微课，再做口算练习。"));
        pushes.push(li, new PushDraft(List.of(library(resources, "poems-autumn")),
                List.of(ClassId.of(rural.classId())), today.plusDays(1), "晨读", "背诵《山行》。"));

        studentsUse(urban, List.of(library(resources, "fractions"), library(resources, "clock")), 0.8);
        studentsUse(rural, List.of(library(resources, "fraction-calc"), library(resources, "poems-autumn")), 0.6);
        teachersBrowse(accounts, resources);

        termOfStudy(urban, places.get("lj-shiyan"), ACTIVE_DAYS_IN_TEN.get("lj-shiyan"), termStart, today, resources,
                List.of("fractions", "clock", "area"));
        termOfStudy(rural, places.get("qs-shimen-xx"), ACTIVE_DAYS_IN_TEN.get("qs-shimen-xx"), termStart, today,
                resources, List.of("fraction-calc", "directions", "poems-autumn"));
    }

    /**
     * A share of the class opens one of the resources pushed to it (in turn), every third of them downloads its
     * file, and the first few open them all.
     */
    private void studentsUse(DemoRoster.DemoClass demoClass, List<ResourceId> pushed, double share) {
        List<DemoRoster.DemoStudent> students = demoClass.students();
        int using = (int) Math.round(students.size() * share);
        for (int i = 0; i < using; i++) {
            Scope student = identity.scopeOf(students.get(i).account());
            List<ResourceId> opened = i < 5 ? pushed : List.of(pushed.get(i % pushed.size()));
            for (ResourceId resource : opened) {
                ResourceDetail detail = library.view(student, resource);
                if (i % 3 == 0 && !detail.files().isEmpty()) {
                    download(student, resource, detail.files().getFirst().id());
                }
            }
        }
    }

    /** Teachers look at what colleagues of their district and of the other one published, and save some of it. */
    private void teachersBrowse(Map<String, UserId> accounts, Map<String, Long> resources) {
        Map<String, List<String>> reading = Map.of(
                "teacher.li", List.of("fraction-worksheet", "fraction-wall", "old-house", "colour-cards"),
                "teacher.zhao", List.of("poems-autumn", "directions", "fraction-worksheet"),
                "teacher.chen", List.of("fraction-wall", "old-house", "multiply"),
                "teacher.wang", List.of("directions", "fruit-chart", "multiply", "colour-cards"));
        reading.forEach((teacher, keys) -> {
            Scope scope = identity.scopeOf(accounts.get(teacher));
            for (String key : keys) {
                ResourceDetail detail = library.view(scope, library(resources, key));
                if (!detail.files().isEmpty()) {
                    download(scope, library(resources, key), detail.files().getFirst().id());
                }
            }
        });
    }

    /** The library's id of a demo resource, by its key. */
    private static ResourceId library(Map<String, Long> resources, String key) {
        return ResourceId.of(resources.get(key));
    }

    private void download(Scope scope, ResourceId resource, long file) {
        long size = library.fileSize(scope, resource, file, null).size();
        try (var in = library.open(scope, resource, file, null, 0, size, true).content()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The students' school days since the term began: on {@code activeInTen} of every ten weekdays (a different
     * set of days per student) each viewed one of the class's resources, as the learning record store hears it
     * from the library.
     */
    private void termOfStudy(DemoRoster.DemoClass demoClass, OrgId school, int activeInTen, LocalDate from,
                             LocalDate today, Map<String, Long> ids, List<String> keys) {
        // at most the last 18 weeks, however long ago the demo's term began
        LocalDate first = from.isBefore(today.minusWeeks(18)) ? today.minusWeeks(18) : from;
        int s = 0;
        for (DemoRoster.DemoStudent student : demoClass.students()) {
            int weekday = 0;
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                weekday++;
                if ((weekday + s * 3) % 10 >= activeInTen) {
                    continue;
                }
                String key = keys.get((weekday + s) % keys.size());
                events.publishEvent(new LearningActivity(UUID.nameUUIDFromBytes(("demo-" + student.studentId() + "-"
                        + day).getBytes(java.nio.charset.StandardCharsets.UTF_8)), student.studentId(), school,
                        ClassId.of(demoClass.classId()), LearningVerb.VIEWED, new LearningActivity.LearningObject(
                        LearningObjectKind.RESOURCE, String.valueOf(ids.get(key)), DemoResourceItems.titleOf(key), null, null),
                        null, null, day.atTime(LocalTime.of(19, (s * 7) % 60)).atZone(clock.getZone()).toInstant()));
            }
            s++;
        }
    }
}
