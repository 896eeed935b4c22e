/** Assignment and Grade Services: the token endpoint (client credentials with a private_key_jwt assertion), line items, scores into the learning gradebook, and results. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.grades;
