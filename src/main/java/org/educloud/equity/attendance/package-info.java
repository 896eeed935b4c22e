/**
 * Chronic absence by group: the share of students who missed more than the set share of their recorded school days
 * without leave, by the locality of their school and by left-behind status, for the bureaus' equity pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.attendance;
