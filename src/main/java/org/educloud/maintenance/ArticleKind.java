package org.educloud.maintenance;

/** What a fix in the knowledge base is about, as the fault tickets sort faults. */
public enum ArticleKind {
    NETWORK,
    DEVICE,
    PLATFORM
}
