/**
 * Error rendering: pages for browser requests and RFC 9457 problem details for the API, chosen by the family
 * of the request, including errors raised by the servlet container before Spring MVC sees them.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.errors;
