package org.educloud.learning;

import java.util.List;
import org.educloud.learning.assignments.FileKind;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one assignment a reader may see, and what they may do with it.
 *
 * @param mayManage the caller teaches the class: publish, grade, release
 */
public record AssignmentDetail(AssignmentView assignment, String instructions, boolean textAllowed,
                               boolean filesAllowed, List<String> fileTypes, int maxFileMb, boolean resubmission,
                               @Nullable Rubric rubric, List<AttachedFile> files, boolean mayManage) {

    /** The file input's {@code accept} list: the allowed extensions (a photo's other names too), each with its dot. */
    public String accept() {
        return String.join(",", FileKind.accepted(fileTypes).stream().map(type -> "." + type).toList());
    }
}
