/**
 * The trend page: the county balance indicators and the digital measures over the recent school years side by side.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.trends;
