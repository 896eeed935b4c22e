package org.educloud.library;

import org.educloud.tenancy.Stage;

/**
 * A place in the curriculum catalogue to browse the library by, as teachers know it from the national platform: a
 * textbook node (edition, volume, chapter or lesson) or a knowledge point, of one subject and stage. A shelf holds
 * what is placed or tagged there and anywhere below.
 */
public record CatalogueShelf(Level level, Subject subject, Stage stage, long id) {

    public enum Level { TEXTBOOK, KNOWLEDGE_POINT }
}
