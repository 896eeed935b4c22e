/**
 * Telling people: the listeners that turn published assignments and returned grades into in-app notifications, the
 * due-soon reminder job, and the notification pages (list, open, mark read, preferences).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.notifications;
