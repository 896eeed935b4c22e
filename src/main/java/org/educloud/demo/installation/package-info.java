/**
 * The demo installation's entry: {@code DemoDataLoader} runs once on start, when demo data is enabled and the
 * database is empty, and loads each area's data through that area's loader in the one order that works (schools,
 * people, resources, courses, surveys, activity).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.installation;
