/**
 * Lists leaving the platform as CSV or XLSX exactly as the caller sees them, masked and audit-logged, and the
 * student list's download links.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.exports;
