/**
 * The org tree's nodes: the OrgNode entity with its stages and national school code, its repository and search
 * specifications, registering and closing bureaus and schools, and the org pages and REST endpoints.
 * TenancyManagement, the module's facade, answers other modules from here.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tenancy.orgs;
