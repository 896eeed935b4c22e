/** LTI 1.3 Advantage platform (ADR 0041): tools registered per org node, placed by teachers in a class's lessons and assignments, launched with a signed id_token, and the services the tool calls back (grades, roster, deep linking). Each sub-package is one step of that. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti;
