/**
 * Answers for load balancers and monitoring: the ping endpoint that proves the node serves HTTP.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.observability;
