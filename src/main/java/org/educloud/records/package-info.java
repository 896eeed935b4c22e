/**
 * The learning record store: an xAPI 2.0 / 1.0.3 LRS at {@code /xapi} that outside learning tools and the
 * platform's own modules write to, and the {@code LearningActivity} contract producers publish. It asks the roster
 * (upstream, read only) whether a learner a client writes about is enrolled within the client's reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning records (xAPI)",
        allowedDependencies = {"shared", "tenancy", "identity", "roster"})
@org.jspecify.annotations.NullMarked
package org.educloud.records;
