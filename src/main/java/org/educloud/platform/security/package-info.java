/**
 * The security filter chains (pages, API, xAPI, OneRoster) with their CSRF token store and the refusals each
 * family of clients expects, and the guard that stops malformed requests at the door. Identity supplies the
 * authentication rules; this package wires them.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.security;
