package org.educloud.library;

/** The levels of a textbook tree: edition (人教版) › volume (三年级上册) › chapter › section. */
public enum TextbookLevel {
    EDITION, VOLUME, CHAPTER, SECTION
}
