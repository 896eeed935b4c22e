/** Assignment and Grade Services: the token endpoint (client credentials with a private_key_jwt assertion), line items (paged; a tool changes and deletes only its own, never the column of a teacher's assignment), scores into the learning gradebook, and results. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.grades;
