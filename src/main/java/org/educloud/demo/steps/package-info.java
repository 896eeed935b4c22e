/**
 * The shape every area's demo data takes: a {@link org.educloud.demo.steps.DemoStep} with its place in the order,
 * and the {@link org.educloud.demo.steps.DemoContext} the steps share. The loader in {@code installation} runs them
 * all; each area's step lives in that area's package.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.steps;
