/**
 * Signed webhooks: admins subscribe an HTTPS endpoint to kinds of events of their org node; the events are written
 * to an outbox by module listeners and posted later by one scheduled deliverer, signed with the subscription's own
 * secret, retried with back-off, logged per attempt, and the subscription switched off after repeated failures.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.webhooks;
