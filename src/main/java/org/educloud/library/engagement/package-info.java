/**
 * How resources are used: counting views and downloads, a student's recent reading, and the ratings, favourites and comments pages over {@link org.educloud.library.Engagement}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.engagement;
