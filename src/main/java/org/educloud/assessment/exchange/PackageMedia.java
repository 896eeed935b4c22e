package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemMarkup;

/**
 * The images the items of one package refer to, each once, with the placeholder address item HTML holds for it
 * until it is stored and has its id.
 */
final class PackageMedia {

    private static final String PENDING = ItemMarkup.MEDIA_PATH + "pending-";

    private final PackageFiles files;
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, byte[]> derived = new LinkedHashMap<>();

    PackageMedia(PackageFiles files) {
        this.files = files;
    }

    boolean exists(String path) {
        return files.has(path);
    }

    String placeholder(String path) {
        return placeholders.computeIfAbsent(path, p -> PENDING + placeholders.size());
    }

    /** A picture made from the package's (a hotspot picture with its areas drawn), stored like the others. */
    String derived(String path, byte[] picture) {
        derived.put(path, picture);
        return placeholder(path);
    }

    /** The bytes of a picture the package holds or one made from it. */
    byte @org.jspecify.annotations.Nullable [] bytes(String path) {
        byte[] made = derived.get(path);
        return made != null ? made : files.get(path);
    }

    List<String> paths() {
        return new ArrayList<>(placeholders.keySet());
    }

    /** The item HTML with each placeholder replaced by the stored image's address. */
    static String resolved(String html, List<String> paths, Map<String, Long> ids, PackageMedia media) {
        String result = html;
        for (String path : paths) {
            // the closing quote keeps "pending-1" from matching the start of "pending-10"
            result = result.replace(media.placeholders.get(path) + "\"", ItemMarkup.MEDIA_PATH + ids.get(path) + "\"");
        }
        return result;
    }
}
