package org.educloud.learning.assignments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a teacher means by the file kinds they allow: "jpg" is a photo, which a phone may call {@code .jpeg}, and
 * which an iPhone saves as HEIC ({@code .heic}, {@code .heif}). Students are not refused over the name their device
 * gave the same kind of file (issue 26).
 */
public final class PhotoKinds {

    private static final List<String> PHOTO = List.of("jpg", "jpeg", "heic", "heif");

    private PhotoKinds() {
    }

    /** The extensions accepted for these allowed ones: any photo extension brings all the others. */
    public static Set<String> accepted(List<String> allowed) {
        Set<String> accepted = new LinkedHashSet<>(allowed);
        if (allowed.stream().anyMatch(PHOTO::contains)) {
            accepted.addAll(PHOTO);
        }
        return accepted;
    }
}
