/**
 * Spring MVC wiring shared by all modules' pages and APIs: the language, the Scope argument resolver, the
 * installation's time zone in every model, the pager's links, and trusted reverse proxies.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.web;
