package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every word a person reads comes from a message bundle, and the Chinese and English bundles hold the same keys. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Letters or CJK characters: anything a reader would take for a word. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
            "data-confirm", "label");
    private static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<Path> defaults = files.filter(f -> !f.getFileName().toString().contains("_")).toList();
            assertThat(defaults).isNotEmpty();
            for (Path zh : defaults) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English bundle for " + zh).exists();
                Set<String> zhKeys = keys(zh);
                Set<String> enKeys = keys(en);
                assertThat(enKeys).as("keys of " + en + " against " + zh).isEqualTo(zhKeys);
            }
        }
    }

    /**
     * Every audited action the code names outright (as the action of an {@code AuditableActionOccurred} or of a
     * module's {@code audit(...)} helper) is worded in both languages: the audit log shows an unworded action as its
     * raw name. Actions built at run time (from a variable) are not seen by this check.
     */
    @Test
    void everyAuditedActionTheCodeNamesIsWordedInBothLanguages() throws IOException {
        Pattern action = Pattern.compile(
                "(?:AuditableActionOccurred\\(|\\baudit\\()[^;\"]*?\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z_-]+)+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = action.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).as("the scan finds the actions").contains("integration.webhook.created",
                "assessment.exam.defined");
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path bundle : files.toList()) {
                (bundle.getFileName().toString().endsWith("_en.properties") ? en : zh).addAll(keys(bundle));
            }
        }
        for (String name : named) {
            assertThat(zh).as("Chinese wording of audited action " + name).contains("identity.audit.event." + name);
            assertThat(en).as("English wording of audited action " + name).contains("identity.audit.event." + name);
        }
    }

    /**
     * A message with arguments goes through MessageFormat, which reads a single quote as the start of a quoted
     * passage: "the county's {0}" would lose its apostrophe and leave {0} unfilled. Such quotes are written twice.
     */
    @Test
    void messagesWithArgumentsWriteTheirApostrophesTwice() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path bundle : files.toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(bundle)) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((key, value) -> {
                    if (argument.matcher(value.toString()).find() && loneQuote.matcher(value.toString()).find()) {
                        offences.add(bundle.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(offences).as("messages with arguments and a single apostrophe").isEmpty();
    }

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
                for (Element element : document.getAllElements()) {
                    checkText(template, element, offences);
                    checkAttributes(template, element, offences);
                }
            }
        }
        assertThat(offences).as("hard-coded user-visible text").isEmpty();
    }

    private static void checkText(Path template, Element element, List<String> offences) {
        if (TEXT_REPLACING.stream().anyMatch(element::hasAttr) || Set.of("script", "style").contains(element.tagName())) {
            return;
        }
        if (element.parents().stream().anyMatch(p -> TEXT_REPLACING.stream().anyMatch(p::hasAttr))) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (WORDS.matcher(text.text()).find()) {
                offences.add(template + ": \"" + text.text().strip() + "\"");
            }
        }
    }

    private static void checkAttributes(Path template, Element element, List<String> offences) {
        for (String name : TEXT_ATTRIBUTES) {
            String value = element.attr(name);
            boolean isInputValue = name.equals("value") && !Set.of("button", "submit").contains(element.attr("type"));
            if (!value.isEmpty() && !isInputValue && WORDS.matcher(value).find()) {
                offences.add(template + ": " + name + "=\"" + value + "\"");
            }
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
