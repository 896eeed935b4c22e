package org.educloud.library;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The curriculum catalogue: textbook trees and knowledge points per subject and stage, which resources (and
 * later quiz items) are tagged with. The installation's catalogue sits at the root and everyone sees it; a bureau
 * may import its own, seen within its area. Imports are all-or-nothing and add what is missing, so importing the
 * same file twice changes nothing. Kept in {@code library.catalogue}.
 */
public interface Curriculum {

    /**
     * Every textbook node of a subject and stage the caller may see, in tree order; without a scope (the public
     * portal), the installation's own catalogue.
     */
    List<TextbookNodeView> textbooks(@Nullable Scope scope, Subject subject, Stage stage);

    /** Every knowledge point of a subject and stage the caller may see (without a scope, the installation's). */
    List<KnowledgePointView> knowledgePoints(@Nullable Scope scope, Subject subject, Stage stage);

    /**
     * The knowledge points with these ids that the caller may see, of any subject and stage (ids out of reach are
     * left out): one query for a page that names the knowledge points it shows.
     */
    List<KnowledgePointView> knowledgePointsById(@Nullable Scope scope, java.util.Collection<Long> ids);

    /** One textbook node of a subject and stage, if the caller may see it. */
    Optional<TextbookNodeView> textbookNode(@Nullable Scope scope, Subject subject, Stage stage, long id);

    /**
     * Adds a catalogue from JSON (see {@code docs/curriculum-catalogue.md}) at the caller's highest administered
     * node; only bureau admins and operators may.
     */
    CatalogueImport importCatalogue(Scope scope, InputStream file);

    /**
     * Adds a catalogue of one subject and stage from a spreadsheet (textbook rows or knowledge point rows), read
     * within the import limits like every import.
     */
    CatalogueImport importCsv(Scope scope, Subject subject, Stage stage, Path file);

    /**
     * Adds one textbook node under a node the caller sees (or a new edition), at the caller's bureau: seen by the
     * bureau's area only, even under the installation's tree. A volume names its grade; below it, nodes take the
     * volume's.
     */
    long addTextbookNode(Scope scope, Subject subject, Stage stage, @Nullable Long parentId, String name,
                         @Nullable Integer grade);

    /** Adds one knowledge point (under one the caller sees, or at the top), at the caller's bureau. */
    long addKnowledgePoint(Scope scope, Subject subject, Stage stage, String code, String name,
                           @Nullable Long parentId);

    /** Bureau admins and operators maintain catalogues; schools use them. */
    boolean mayImport(Scope scope);
}
