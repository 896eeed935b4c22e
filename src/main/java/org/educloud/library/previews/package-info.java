/**
 * Preview pictures of stored files: the small PNG of an image, of a PDF's first page or of a HEIF photo, for lists and covers.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.previews;
