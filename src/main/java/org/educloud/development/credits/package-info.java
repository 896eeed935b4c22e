/**
 * The continuing-education credit-hour ledger (继续教育学时) per teacher and year: hours from completed programmes,
 * imported from outside providers, and claimed with evidence and approved by the teacher's school; the region's
 * cycle requirement and who is behind it, per school.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.credits;
