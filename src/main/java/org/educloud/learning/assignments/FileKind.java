package org.educloud.learning.assignments;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file a teacher may allow students to hand in, each named by its extension; the library's storage
 * checks each file's bytes against its extension. A photo goes by several names: "jpg" is a photo, which a phone may
 * call {@code .jpeg}, and which an iPhone saves as HEIC ({@code .heic}, {@code .heif}), so students are not refused
 * over the name their device gave the same kind of file (issue 26).
 */
public enum FileKind {
    PDF, DOC, DOCX, PPT, PPTX, XLS, XLSX, TXT,
    JPG(true), JPEG(true), HEIC(true), HEIF(true),
    PNG, GIF, MP3, M4A, MP4, WEBM;

    private final boolean photo;

    FileKind() {
        this(false);
    }

    FileKind(boolean photo) {
        this.photo = photo;
    }

    /** The extension the kind goes by, in lower case and without its dot, as assignments keep it. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean photo() {
        return photo;
    }

    /** The kind a teacher means by what they typed (case, spaces and a leading dot do not matter), if we take it. */
    public static Optional<FileKind> named(String typed) {
        String clean = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return Arrays.stream(values()).filter(kind -> kind.extension().equals(clean)).findFirst();
    }

    /** Every kind a teacher may choose, for telling them when they typed another. */
    public static String choices() {
        return Arrays.stream(values()).map(FileKind::extension).collect(Collectors.joining(", "));
    }

    /** The extensions accepted for these allowed ones: any photo's name brings all the others. */
    public static Set<String> accepted(List<String> allowed) {
        Set<String> accepted = new LinkedHashSet<>(allowed);
        List<String> photos = Arrays.stream(values()).filter(FileKind::photo).map(FileKind::extension).toList();
        if (allowed.stream().anyMatch(photos::contains)) {
            accepted.addAll(photos);
        }
        return accepted;
    }
}
