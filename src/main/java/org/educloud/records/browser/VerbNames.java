package org.educloud.records.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.records.LearningVerb;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Verbs in words: the IRIs of the common ADL, Tin Can and Activity Streams registries (those EduCloud's own modules
 * send and most tools do) named in the reader's language. A verb outside them has no name; the page shows the end of
 * its IRI and the whole IRI as a tooltip.
 */
@Component
class VerbNames {

    private static final List<String> REGISTRIES = List.of("http://adlnet.gov/expapi/verbs/",
            "https://w3id.org/xapi/adl/verbs/", "http://id.tincanapi.com/verb/", "http://activitystrea.ms/schema/1.0/",
            "https://w3id.org/xapi/video/verbs/");
    /** The common verbs, offered in the filter. */
    private static final List<String> COMMON = List.of("http://adlnet.gov/expapi/verbs/initialized",
            "http://adlnet.gov/expapi/verbs/progressed", "http://adlnet.gov/expapi/verbs/terminated",
            "http://adlnet.gov/expapi/verbs/mastered", "http://adlnet.gov/expapi/verbs/responded");

    private final MessageSource messages;

    VerbNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The verb's name, or null when it is not one of the registries' known verbs. */
    @Nullable String name(String iri, Locale locale) {
        for (String registry : REGISTRIES) {
            if (iri.startsWith(registry) && iri.length() > registry.length()) {
                return messages.getMessage("records.verb.name." + iri.substring(registry.length()), null, null,
                        locale);
            }
        }
        return null;
    }

    /** The names of the given verbs that have one. */
    Map<String, String> of(Iterable<String> iris, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String iri : iris) {
            String name = name(iri, locale);
            if (name != null) {
                names.put(iri, name);
            }
        }
        return names;
    }

    /** The verbs offered in the filter: EduCloud's own, then other common ones. */
    Map<String, String> offered(Locale locale) {
        List<String> iris = new java.util.ArrayList<>();
        for (LearningVerb verb : LearningVerb.values()) {
            iris.add(verb.iri());
        }
        iris.addAll(COMMON);
        return of(iris, locale);
    }

    /** The last segment of an IRI: what the page shows of a verb without a name. */
    static String tail(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }
}
