/**
 * The gate in front of every request that carries a file: how many uploads each person may have in progress on
 * this node, and the refusal (problem detail or small page) written when a limit is reached.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.uploads;
