package org.educloud.development.support;

/** An evidence file a row names: its name as uploaded, the kind its bytes are, and where the file store keeps it. */
public record StoredEvidence(String name, String type, String sha256, long size) {
}
