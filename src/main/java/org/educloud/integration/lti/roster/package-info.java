/** Names and Role Provisioning Services: the membership of a class the tool was launched in, and of no other. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.roster;
