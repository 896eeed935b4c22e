package org.educloud.support;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The instance of a fixture that code without a Spring context (the isolation test's endpoint tables) reaches
 * statically. Tests start and close further application contexts (a second node, a restored copy), each of which
 * makes its own fixture beans: the one to use is the newest whose context is still open, so each instance joins when
 * made and leaves when its context closes. Node B ({@link SecondNode}) is another server beside the application
 * under test, not a context under test: its fixtures never join.
 */
public final class LiveFixtures<T> {

    private final Deque<T> open = new ArrayDeque<>();

    public synchronized void made(T fixture) {
        if (!SecondNode.starting()) {
            open.addLast(fixture);
        }
    }

    public synchronized void closed(T fixture) {
        open.remove(fixture);
    }

    public synchronized T current() {
        T fixture = open.peekLast();
        if (fixture == null) {
            throw new IllegalStateException("no application context with this fixture is open");
        }
        return fixture;
    }
}
