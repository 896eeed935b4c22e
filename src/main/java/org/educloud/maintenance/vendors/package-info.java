/**
 * Outside service companies (服务商) a district registers, with the services they offer, and their accounts: identity
 * accounts holding the vendor role on the district, each linked here to one company. What a vendor account may see
 * is decided by that link alone, never by place: only the tickets assigned to its company.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.vendors;
