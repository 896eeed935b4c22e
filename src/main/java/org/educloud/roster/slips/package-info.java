/**
 * Activation slips: fresh activation codes for the students of a class whose accounts still wait for activation, and
 * their printable page.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.slips;
