package org.educloud.assessment.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.items.ItemMarkup;

/**
 * The images the items of one package refer to, each once, with the placeholder address item HTML holds for it
 * until it is stored and has its id; and the pictures made from them (a hotspot interaction's copy with its areas
 * drawn), each under a key and a placeholder of its own, however many are made from one picture.
 */
final class PackageMedia {

    private static final String PENDING = ItemMarkup.MEDIA_PATH + "pending-";

    private final PackageFiles files;
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, String> derivedNames = new LinkedHashMap<>();
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

    /**
     * The placeholder of a picture made from the package's {@code source} (a hotspot interaction's copy with its
     * areas drawn), stored like the others once {@link #draw} has its bytes. {@code key} is the made picture's own:
     * two made from one source are two pictures.
     */
    String derived(String key, String source) {
        derivedNames.put(key, source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "")
                + "-areas.png");
        return placeholder(key);
    }

    /** The bytes of a picture made from the package's, announced before by {@link #derived}. */
    void draw(String key, byte[] picture) {
        if (!derivedNames.containsKey(key)) {
            throw new IllegalArgumentException("No picture is made under " + key);
        }
        derived.put(key, picture);
    }

    /** The bytes of a picture the package holds or one made from it. */
    byte @org.jspecify.annotations.Nullable [] bytes(String path) {
        return derivedNames.containsKey(path) ? derived.get(path) : files.get(path);
    }

    /** The file name a picture is stored under: the package's own, or for a made one its source's, marked so. */
    String fileName(String path) {
        String derivedName = derivedNames.get(path);
        return derivedName != null ? derivedName : path.substring(path.lastIndexOf('/') + 1);
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
