/**
 * The demo activity: recent sign-ins, resource use and learning records, so that dashboards and trends have data.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.activity;
