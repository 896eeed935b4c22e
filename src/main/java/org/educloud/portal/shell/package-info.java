/**
 * The page shell around every page of every module: the navigation by role, the language switch and the signed-in
 * person, put into each page's model by a controller advice.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.portal.shell;
