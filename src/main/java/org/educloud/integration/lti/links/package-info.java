/** Where a teacher placed a tool: a lesson item or an assignment of one class (the launch's context), and the class's tool page that lists them for its teachers and students. */
@org.jspecify.annotations.NullMarked
package org.educloud.integration.lti.links;
