package org.educloud.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.educloud.library.previews.HeifPhotos;
import org.educloud.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Which kinds of file the library accepts, decided from the bytes: Tika's magic detection, refined by the name
 * only where the name names a more specific kind of the same thing (a .docx is a zip of a particular shape). The
 * name's extension must then be one the detected kind uses, so an executable or a script called "lesson.pdf" is
 * refused. Archives are not accepted at all, which keeps zip bombs out; an Office document must therefore really be
 * one ({@link OfficePackages}), not an archive renamed. Files that would run code when opened from the library are
 * refused: Office documents with macros ({@link OfficePackages}, {@link LegacyOfficeMacros}), PDFs with JavaScript
 * or automatic actions ({@link PdfActiveContent}) and GIFs that are also scripts ({@link GifScripts}).
 */
@Component
public class MediaTypePolicy {

    static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp",
            // iPhone photos; stored as they are (browsers do not show them, so they get no inline view)
            "image/heic", "image/heif",
            "audio/mpeg", "audio/mp4", "audio/ogg", "audio/vnd.wave", "audio/x-wav", "audio/aac",
            "video/mp4", "video/webm", "video/quicktime", "video/x-m4v", "video/ogg",
            "application/msword", "application/vnd.ms-powerpoint", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet",
            "text/plain");

    /** Media types a browser can show in the page itself (not HEIC photos: only Safari shows those). */
    public static boolean previewable(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.startsWith("image/") && !HeifPhotos.handles(mediaType)
                || mediaType.startsWith("audio/") || mediaType.startsWith("video/");
    }

    private final MimeTypes types = TikaConfig.getDefaultConfig().getMimeRepository();

    /** The accepted media type of the file, or a refusal saying why not. */
    public String check(Path file, String fileName) throws IOException {
        MediaType detected;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            detected = types.detect(in, metadata);
        }
        String type = detected.getBaseType().toString();
        if (!ACCEPTED.contains(type)) {
            throw new RuleViolationException("library.error.fileTypeRefused", FileNames.extension(fileName));
        }
        String extension = FileNames.extension(fileName);
        if (!extensions(type).contains("." + extension)) {
            throw new RuleViolationException("library.error.fileTypeMismatch", extension);
        }
        if (OfficePackages.applies(type)) {
            OfficePackages.check(file, type, extension);
        } else if (type.equals("application/pdf")) {
            PdfActiveContent.check(file);
        } else if (type.equals("image/gif")) {
            GifScripts.check(file);
        } else if (LegacyOfficeMacros.MEDIA_TYPES.contains(type) && LegacyOfficeMacros.present(file)) {
            throw new RuleViolationException("library.error.officeMacros", extension);
        }
        return type;
    }

    private java.util.List<String> extensions(String type) {
        try {
            return types.forName(type).getExtensions();
        } catch (MimeTypeException e) {
            return java.util.List.of();
        }
    }
}
