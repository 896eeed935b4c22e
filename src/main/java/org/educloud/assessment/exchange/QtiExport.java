package org.educloud.assessment.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemStore;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.library.FileContent;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/**
 * Items out of the bank as a QTI 3.0 content package: {@code imsmanifest.xml}, one {@code qti-assessment-item} per
 * item under {@code items/}, and the pictures they show under {@code media/}. Either items the caller may use,
 * chosen by id (one out of reach is 404, as everywhere in the bank), at their current version, or the items of a
 * quiz the caller manages, at the versions the quiz pinned.
 */
@Service
public class QtiExport {

    static final int MAX_ITEMS = 500;

    /** One item to write: its bank id and version (for its identifier) and that version's content. */
    record Exported(long id, int version, ItemContent content) {
    }

    private final ItemBank bank;
    private final ItemStore store;
    private final Quizzes quizzes;
    private final ItemMedia media;

    QtiExport(ItemBank bank, ItemStore store, Quizzes quizzes, ItemMedia media) {
        this.bank = bank;
        this.store = store;
        this.quizzes = quizzes;
        this.media = media;
    }

    /** Items by id, each in the caller's reach (otherwise 404 before anything is written). */
    public List<Exported> items(Scope scope, List<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty() || distinct.size() > MAX_ITEMS) {
            throw new FieldRuleViolationException("ids", "assessment.exchange.exportCount", MAX_ITEMS);
        }
        List<Exported> items = new ArrayList<>();
        for (long id : distinct) {
            ItemView item = bank.find(scope, id);
            items.add(new Exported(item.id(), item.version(), item.content()));
        }
        return items;
    }

    /** The items of a quiz the caller manages, in its order, at the versions it pinned. */
    public List<Exported> quiz(Scope scope, long quizId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        Map<Long, ItemContent> contents = store.versions(quiz.items().stream()
                .map(i -> new ItemStore.ItemVersionRef(i.itemId(), i.version())).toList());
        return quiz.items().stream().filter(i -> contents.containsKey(i.itemId()))
                .map(i -> new Exported(i.itemId(), i.version(), contents.get(i.itemId()))).toList();
    }

    /**
     * Writes the package. A picture is packed only if the caller may see it: an item's HTML can name any picture id,
     * and another school's pictures must not leave through an export.
     */
    public void write(Scope scope, List<Exported> items, OutputStream out) throws IOException {
        Map<Long, ItemMedia.Media> pictures = new HashMap<>();
        QtiWriter writer = new QtiWriter(id -> {
            ItemMedia.Media m = pictures.computeIfAbsent(id, k -> media.visibleOrNone(scope, k).orElse(null));
            return m == null ? null : path(m);
        });
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder resources = new StringBuilder();
        for (Exported item : items) {
            String identifier = "item-" + item.id() + "-v" + item.version();
            String file = "items/" + identifier + ".xml";
            String xml = writer.item(identifier, item.content());
            entry(zip, file, xml.getBytes(StandardCharsets.UTF_8));
            resources.append("<resource identifier=\"").append(identifier)
                    .append("\" type=\"imsqti_item_xmlv3p0\" href=\"").append(file).append("\">\n<file href=\"")
                    .append(file).append("\"/>\n");
            for (long id : writer.media()) {
                if (xml.contains("\"../" + path(pictures.get(id)) + "\"")) {
                    resources.append("<dependency identifierref=\"media-").append(id).append("\"/>\n");
                }
            }
            resources.append("</resource>\n");
        }
        for (long id : writer.media()) {
            ItemMedia.Media m = pictures.get(id);
            resources.append("<resource identifier=\"media-").append(id).append("\" type=\"webcontent\" href=\"")
                    .append(path(m)).append("\">\n<file href=\"").append(path(m)).append("\"/>\n</resource>\n");
            FileContent content = media.open(m);
            try (InputStream in = content.content()) {
                zip.putNextEntry(new ZipEntry(path(m)));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" identifier=\"educloud-export\">\n"
                + "<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>\n"
                + "<organizations/>\n<resources>\n" + resources + "</resources>\n</manifest>\n";
        entry(zip, QtiImport.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    private static String path(ItemMedia.Media m) {
        String extension = switch (m.contentType()) {
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            default -> "jpg";
        };
        return "media/" + m.id() + "." + extension;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
