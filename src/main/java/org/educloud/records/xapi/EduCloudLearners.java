package org.educloud.records.xapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.identity.IntegrationCaller;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentAttributes;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * EduCloud's own learners in statements and documents: an agent whose account lives on the installation's home
 * page ({@code educloud.records.home-page}) is an EduCloud learner, named {@code person:<student id>} as the
 * platform's own statements name them. A client may write about such a learner only while the learner is enrolled
 * at a school under the client's org node; anyone else named so (another district's learner, a graduate, a name
 * that is no student at all) is refused alike, so the refusal tells nothing about who exists where. The school of
 * a statement's actor is kept with the statement, so the learner's own district reads what others wrote about them.
 */
@Component
class EduCloudLearners {

    private static final Pattern PERSON = Pattern.compile("person:(\\d{1,18})");

    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final String homePage;

    EduCloudLearners(RosterDirectory roster, TenancyManagement tenancy, RecordsProperties properties) {
        this.roster = roster;
        this.tenancy = tenancy;
        this.homePage = normalized(properties.homePage());
    }

    /**
     * The school path of each statement's actor when it is an EduCloud learner (null otherwise), after checking
     * that every EduCloud learner the statements name, wherever they name them, is within the client's reach.
     */
    List<@Nullable OrgPath> homes(List<? extends JsonNode> statements, IntegrationCaller client) {
        Set<String> named = new LinkedHashSet<>();
        for (JsonNode statement : statements) {
            // the authority is the LRS's to set, whatever the client sent
            statement.properties().forEach(p -> {
                if (!p.getKey().equals("authority")) {
                    collect(p.getValue(), named);
                }
            });
        }
        Map<String, OrgPath> schools = resolve(named, client);
        List<@Nullable OrgPath> homes = new ArrayList<>();
        for (JsonNode statement : statements) {
            String actor = learnerName(statement.path("actor"));
            homes.add(actor == null ? null : schools.get(actor));
        }
        return homes;
    }

    /** Refuses an agent (of a document request) that is an EduCloud learner out of the client's reach. */
    void requireInReach(JsonNode agent, IntegrationCaller client) {
        Set<String> named = new LinkedHashSet<>();
        collect(agent, named);
        resolve(named, client);
    }

    private Map<String, OrgPath> resolve(Set<String> names, IntegrationCaller client) {
        Map<String, OrgPath> schools = new HashMap<>();
        if (names.isEmpty()) {
            return schools;
        }
        Map<StudentId, String> byStudent = new HashMap<>();
        for (String name : names) {
            Matcher person = PERSON.matcher(name);
            if (!person.matches()) {
                throw new LearnerOutOfReach(name);
            }
            byStudent.put(StudentId.of(Long.parseLong(person.group(1))), name);
        }
        // the platform asks on the client's behalf: only students enrolled under the client's node come back
        Map<OrgId, OrgPath> paths = new HashMap<>();
        for (StudentAttributes student : roster.studentAttributes(Scope.installation(), client.orgPath(),
                byStudent.keySet())) {
            OrgPath school = paths.computeIfAbsent(student.school(), id -> tenancy.find(id).map(OrgNodeView::path)
                    .orElseThrow(() -> new IllegalStateException("the roster names unknown school " + id.value())));
            schools.put(byStudent.get(student.studentId()), school);
        }
        for (String name : names) {
            if (!schools.containsKey(name)) {
                throw new LearnerOutOfReach(name);
            }
        }
        return schools;
    }

    /** Every EduCloud account named in this part of a statement; extensions are the client's own data, not agents. */
    private void collect(JsonNode node, Set<String> named) {
        if (node.isObject()) {
            String name = learnerName(node);
            if (name != null) {
                named.add(name);
            }
            node.properties().forEach(p -> {
                if (!p.getKey().equals("extensions")) {
                    collect(p.getValue(), named);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, named));
        }
    }

    private @Nullable String learnerName(JsonNode agent) {
        JsonNode account = agent.path("account");
        if (account.path("homePage").isString() && account.path("name").isString()
                && normalized(account.get("homePage").asString()).equals(homePage)) {
            return account.get("name").asString();
        }
        return null;
    }

    private static String normalized(String page) {
        return page.strip().replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
    }

    /** A statement or document names an EduCloud learner the client may not write about: answers 403. */
    static final class LearnerOutOfReach extends RuntimeException {

        LearnerOutOfReach(String name) {
            super("The EduCloud account " + (name.length() > 80 ? name.substring(0, 80) + "…" : name)
                    + " is not a learner enrolled under this LRS client's organisation; a client writes only about "
                    + "its own learners.");
        }
    }
}
