/**
 * The item bank: items of every supported type with their versions (an attempt keeps the version it was taken
 * on), knowledge points, sharing and review, and the pages and JSON endpoints that author, review and find them.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.items;
