/**
 * The demo resource library: catalogues, the resource items with their files, and what happened to each in review.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.resources;
