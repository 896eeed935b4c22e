/** Tool registration by the admins of an org node: client id issued here, deployment, login, launch and redirect URIs, the tool's JWKS URL; the pages and the store. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.tools;
