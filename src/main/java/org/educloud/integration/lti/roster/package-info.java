/** Names and Role Provisioning Services: the membership of a class the tool was launched in, and of no other, paged, optionally for one of its resource links. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.roster;
