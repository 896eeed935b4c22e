/**
 * Certificates of completed programmes: issued once per teacher and programme with an unguessable verification
 * code, downloaded as PDF by the teacher, and verified by anyone on a public, throttled page that shows only what
 * the certificate shows.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.certificates;
