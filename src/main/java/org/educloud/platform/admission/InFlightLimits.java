package org.educloud.platform.admission;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The turns of one node: at most {@code maxInFlight} requests at once, and at most {@code perClient} of one session or
 * token ({@code perAddress} of one address without either). A request first waits for its client's turn (so one
 * client's queue never holds the node's turns), then for the node's, both within one wait; turns are handed out in
 * the order they were asked for.
 */
public final class InFlightLimits {

    /** What a request was told. */
    public sealed interface Admission permits Admitted, ClientFull, NodeFull {
    }

    /** Its turn: given back exactly once, however often {@link #release()} is called. */
    public static final class Admitted implements Admission {

        private final AtomicBoolean released = new AtomicBoolean();
        private final InFlightLimits limits;
        private final ClientKey client;
        private final ClientTurns turns;

        private Admitted(InFlightLimits limits, ClientKey client, ClientTurns turns) {
            this.limits = limits;
            this.client = client;
            this.turns = turns;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                limits.node.release();
                turns.permits.release();
                limits.leave(client);
            }
        }
    }

    /** The client's own requests hold all its turns: 429. */
    public record ClientFull(int allowed) implements Admission {
    }

    /** The node's turns are all held: 503. */
    public record NodeFull() implements Admission {
    }

    private final int maxInFlight;
    private final int perClient;
    private final int perAddress;
    private final Duration queueWait;
    private final Semaphore node;
    private final ConcurrentHashMap<ClientKey, ClientTurns> clients = new ConcurrentHashMap<>();

    public InFlightLimits(int maxInFlight, int perClient, int perAddress, Duration queueWait) {
        this.maxInFlight = maxInFlight;
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.queueWait = queueWait;
        this.node = new Semaphore(maxInFlight, true);
    }

    /** Waits at most the queue wait for a turn; an {@link Admitted} must be released when the request is done. */
    public Admission admit(ClientKey client) {
        long deadline = System.nanoTime() + queueWait.toNanos();
        ClientTurns turns = enter(client);
        boolean admitted = false;
        try {
            if (!turns.permits.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return new ClientFull(turns.allowed);
            }
            try {
                if (!node.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    turns.permits.release();
                    return new NodeFull();
                }
            } catch (InterruptedException e) {
                turns.permits.release();
                throw e;
            }
            admitted = true;
            return new Admitted(this, client, turns);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NodeFull();
        } finally {
            if (!admitted) {
                leave(client);
            }
        }
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    /** Requests holding one of the node's turns now. */
    public int inFlight() {
        return maxInFlight - node.availablePermits();
    }

    /** Requests waiting for one of the node's turns now. */
    public int waiting() {
        return node.getQueueLength();
    }

    /** Clients with a request in flight or waiting (entries leave with their last request). */
    int clients() {
        return clients.size();
    }

    private ClientTurns enter(ClientKey client) {
        return clients.compute(client, (key, turns) -> {
            ClientTurns entered = turns == null ? new ClientTurns(key.anonymous() ? perAddress : perClient) : turns;
            entered.requests++;
            return entered;
        });
    }

    private void leave(ClientKey client) {
        clients.computeIfPresent(client, (key, turns) -> --turns.requests == 0 ? null : turns);
    }

    /** One client's turns and how many of its requests hold or wait for one (changed only inside the map's lock). */
    private static final class ClientTurns {

        final Semaphore permits;
        final int allowed;
        int requests;

        ClientTurns(int allowed) {
            this.permits = new Semaphore(allowed, true);
            this.allowed = allowed;
        }
    }
}
