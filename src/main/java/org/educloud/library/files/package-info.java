/**
 * A resource's files on the way in and out: the upload checks that decide what may be stored (media types, active content in PDFs, Office macros, GIF scripts), reading and uploading file versions, the sweep of orphaned content, and the download endpoints with their byte ranges.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.files;
