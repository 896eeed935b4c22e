package org.educloud.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Imports an IMS content package of QTI items (2.1, 2.2 or 3.0): the manifest's item resources are read in its
 * order, each into an item ({@link QtiItemReader}), at most {@link #MAX_ITEMS} in all; only then are the hotspot
 * pictures drawn ({@link HotspotPictures}: each picture decoded once, the pixels of all the work bounded); the
 * pictures the items show are received and checked; and only when nothing at all is wrong are pictures and items
 * written, in one transaction ({@link ImportWriting}). Resources of other kinds (tests, sections, shared stimuli,
 * web content) are not items and are passed over; a test's item references are not followed, its items must be
 * listed as resources of their own, as every packager does.
 */
@Service
public class QtiImport {

    /** Items one package may bring in, counted over its item files before any picture is drawn. */
    static final int MAX_ITEMS = 500;
    static final String TOO_MANY_ITEMS = "assessment.exchange.tooManyItems";
    static final String MANIFEST = "imsmanifest.xml";

    private final ImportLimits limits;
    private final StoredFiles files;
    private final ImportWriting writing;

    QtiImport(ImportLimits limits, StoredFiles files, ImportWriting writing) {
        this.limits = limits;
        this.files = files;
        this.writing = writing;
    }

    public ImportOutcome importPackage(Scope scope, ImportDefaults defaults, Path zip) {
        ItemMedia.ownerPath(scope);
        List<ImportProblem> problems = new ArrayList<>();
        PackageFiles pack = PackageFiles.read(zip, PackageFiles.limits(limits), problems);
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems);
        }
        byte[] manifestBytes = pack.get(MANIFEST);
        if (manifestBytes == null) {
            return ImportOutcome.rejected(List.of(new ImportProblem(0, MANIFEST, null,
                    "assessment.exchange.noManifest", List.of())));
        }
        List<String> itemFiles = itemFiles(manifestBytes, pack, problems);
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems);
        }
        PackageMedia media = new PackageMedia(pack);
        HotspotPictures hotspots = new HotspotPictures(media);
        List<QtiItemReader.Read> read = new ArrayList<>();
        for (String file : itemFiles) {
            try {
                Document document = SafeXml.parse(pack.get(file));
                read.addAll(new QtiItemReader(file, media, hotspots, problems).read(document,
                        MAX_ITEMS - read.size()));
            } catch (SafeXml.Unreadable unreadable) {
                problems.add(new ImportProblem(0, file, null, unreadable.messageKey(), List.of(file)));
            }
            if (!problems.isEmpty() && problems.getLast().messageKey().equals(TOO_MANY_ITEMS)) {
                break; // every later file would only say the same
            }
        }
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems);
        }
        hotspots.draw(problems);
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems);
        }
        Map<String, ReceivedFile> pictures = new LinkedHashMap<>();
        try {
            for (String path : media.paths()) {
                receive(path, media, problems).ifPresent(file -> pictures.put(path, file));
            }
            if (!problems.isEmpty()) {
                return ImportOutcome.rejected(problems);
            }
            List<ImportWriting.Pending> pending = read.stream().map(r -> new ImportWriting.Pending(0, r.file(),
                    new ItemDraft(defaults.stage(), defaults.subject(), defaults.grade(), defaults.difficulty(),
                            source(defaults, r), defaults.sharing(), defaults.knowledgePoints(), r.content())))
                    .toList();
            return writing.write(scope, pending, pictures, media);
        } finally {
            pictures.values().forEach(ReceivedFile::close);
        }
    }

    private static String source(ImportDefaults defaults, QtiItemReader.Read read) {
        String source = defaults.source().isEmpty() ? read.title() : defaults.source();
        return source.length() > 200 ? source.substring(0, 200) : source;
    }

    /** The item files the manifest lists, each present in the package; every missing one is a problem. */
    private static List<String> itemFiles(byte[] manifestBytes, PackageFiles pack, List<ImportProblem> problems) {
        Document manifest;
        try {
            manifest = SafeXml.parse(manifestBytes);
        } catch (SafeXml.Unreadable unreadable) {
            problems.add(new ImportProblem(0, MANIFEST, null, unreadable.messageKey(), List.of(MANIFEST)));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String type = resource.getAttribute("type").toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("imsqti_item_xml")) {
                continue;
            }
            String href = resource.getAttribute("href");
            if (href.isBlank()) {
                NodeList fileNodes = resource.getElementsByTagNameNS("*", "file");
                href = fileNodes.getLength() > 0 ? ((Element) fileNodes.item(0)).getAttribute("href") : "";
            }
            String base = base(resource);
            String path = PackageFiles.resolve(MANIFEST, base + href);
            if (path == null || !pack.has(path)) {
                problems.add(new ImportProblem(0, MANIFEST, "resource " + resource.getAttribute("identifier"),
                        "assessment.exchange.fileMissing", List.of(href)));
            } else if (!items.contains(path)) {
                items.add(path);
            }
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, MANIFEST, null, "assessment.exchange.noItems", List.of()));
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new ImportProblem(0, MANIFEST, null, TOO_MANY_ITEMS,
                    List.of(String.valueOf(MAX_ITEMS))));
        }
        return items;
    }

    /** The {@code xml:base} of a resource and its {@code resources} parent, which its hrefs are relative to. */
    private static String base(Element resource) {
        StringBuilder base = new StringBuilder();
        for (Node n = resource; n instanceof Element e; n = n.getParentNode()) {
            String b = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
            if (!b.isBlank()) {
                base.insert(0, b.endsWith("/") ? b : b + "/");
            }
        }
        return base.toString();
    }

    private Optional<ReceivedFile> receive(String path, PackageMedia media, List<ImportProblem> problems) {
        String name = media.fileName(path);
        ReceivedFile received;
        try {
            received = files.receive(new ByteArrayInputStream(media.bytes(path)), name);
        } catch (DomainException refused) {
            problems.add(new ImportProblem(0, path, null, "assessment.exchange.mediaRefused", List.of(path)));
            return Optional.empty();
        }
        if (!ItemMedia.IMAGE_TYPES.contains(received.mediaType())) {
            received.close();
            problems.add(new ImportProblem(0, path, received.mediaType(), "assessment.exchange.mediaType",
                    List.of(path, received.mediaType())));
            return Optional.empty();
        }
        return Optional.of(received);
    }
}
