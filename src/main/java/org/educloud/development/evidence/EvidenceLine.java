package org.educloud.development.evidence;

import java.util.List;
import org.educloud.development.frameworks.EvidenceKind;

/** One piece of evidence as a reader sees it: its kind, a message key and the figures the message shows. */
public record EvidenceLine(EvidenceKind kind, String messageKey, List<Object> arguments, boolean any) {

    public EvidenceLine {
        arguments = List.copyOf(arguments);
    }
}
