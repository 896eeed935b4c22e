/**
 * The demo installation's entry: {@code DemoDataLoader} runs once on start, when demo data is enabled and the
 * database is empty: it registers the schools and accounts, then runs each area's {@code DemoStep} in their order
 * (people, resources, courses, …, surveys, networks, equipment).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.installation;
