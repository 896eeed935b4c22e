package org.educloud.library.files;

import java.text.Normalizer;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file may be called. Names are shown and offered back on download, never used as paths, but a
 * name with directory parts or control characters is refused outright rather than quietly rewritten.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String checked(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("library.error.fileNameMissing");
        }
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        boolean control = normalised.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
        if (control || normalised.contains("/") || normalised.contains("\\") || normalised.equals(".")
                || normalised.equals("..") || normalised.startsWith(".") || normalised.contains(":")) {
            throw new RuleViolationException("library.error.fileNameInvalid");
        }
        if (normalised.length() > MAX_LENGTH) {
            throw new RuleViolationException("library.error.fileNameTooLong", MAX_LENGTH);
        }
        return normalised;
    }

    /** The lower-case extension without the dot, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
