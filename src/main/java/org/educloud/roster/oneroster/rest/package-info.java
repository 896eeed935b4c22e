/**
 * The OneRoster 1.2 rostering service, REST binding (read only): controllers for the flat and nested endpoints,
 * the collections as SQL over the roster tables, and the binding's paging, sorting, filtering and field selection.
 * Every answer is limited to the org node the integration client is bound to.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.oneroster.rest;
