/**
 * The audit log: it records every AuditableActionOccurred event of any module, and the pages that let an
 * administrator read it in words.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.identity.audit;
