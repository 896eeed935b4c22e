/**
 * The connectivity registry: each school's declared access, bandwidth and campus network in versions (a change
 * closes the current version and opens a new one, with who made it), the school's own form with its history, and a
 * bureau's CSV/XLSX import of its schools' declarations, all or nothing.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.network.connectivity;
