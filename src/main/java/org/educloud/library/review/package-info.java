/**
 * The review workflow as users drive it: submitting, approving, rejecting, withdrawing and featuring resources, each step recorded and audited, and the review actions of the web pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.review;
