/**
 * Resources as authors keep them: the {@code Resource} aggregate and its repository, who may see and do what with a resource ({@code ResourceAccess}), authoring and the queries behind lists and pages, and the library's own resource pages and REST API.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.resources;
