package org.educloud.demo.steps;

/**
 * One area's part of the demo installation (a module's people, resources, surveys …), loaded after the schools and
 * accounts exist and in the same transaction. The loader runs every step there is, lowest {@link #order()} first, so
 * a new module adds its demo data by adding a step; the numbers leave gaps for steps that must go between.
 */
public interface DemoStep {

    /** Where this step runs among the others: after every step that puts what it reads into the context. */
    int order();

    /** Loads this area's demo data, reading what earlier steps left in the context and adding what later ones read. */
    void run(DemoContext demo);
}
