/**
 * The public portal at {@code /}: what a visitor sees before signing in.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.portal.welcome;
