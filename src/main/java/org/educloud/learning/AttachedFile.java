package org.educloud.learning;

/** A file attached to an assignment, an attempt or a grade's feedback, kept in the library's storage. */
public record AttachedFile(long id, String name, long size, String mediaType) implements java.io.Serializable {
}
