/**
 * Where file content lives: a local directory or an S3-compatible bucket behind {@link org.educloud.library.storage.FileStorage}, chosen by the library's settings ({@link org.educloud.library.storage.LibraryProperties}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.storage;
