/**
 * The curriculum catalogue's own pages and import: browsing textbooks and knowledge points, the curriculum admin pages, and reading a catalogue file (CSV/XLSX) into textbook nodes and knowledge points.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.catalogue;
