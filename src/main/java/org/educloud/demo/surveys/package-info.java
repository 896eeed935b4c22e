/**
 * The demo equity data: school-condition surveys of the demo schools over recent school years, some confirmed.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.surveys;
