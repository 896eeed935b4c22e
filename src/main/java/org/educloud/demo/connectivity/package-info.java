/**
 * The demo schools' declared connectivity: fibre in the city, slower lines in the county, a rural school on a
 * low-bandwidth satellite line and a teaching point without any access, and one school with an upgrade in its history.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.connectivity;
