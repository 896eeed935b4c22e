/**
 * The demo organisations: the city bureau, its two districts, their twelve schools and an account for every role.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.schools;
