/**
 * The demo schools' equipment (computers, classroom displays and projectors, network gear, a server in the larger
 * schools; a few away for repair, one retired) and a handful of fixes in the districts' knowledge bases, recorded
 * through the maintenance module's facades.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.equipment;
