/**
 * Training programmes a bureau or school runs for its teachers: whom they are for, their live and in-person sessions
 * with attendance, the rule that completes them, and teachers joining those open to them. Completing one credits its
 * hours to the ledger and issues a certificate.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.programmes;
