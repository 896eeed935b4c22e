package org.educloud.platform.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads on which asynchronous listeners run ({@code @ApplicationModuleListener} and {@code @Async}): a fixed
 * number, with the rest waiting in a queue.
 *
 * <p>Why not the default: with virtual threads on, Spring's default executor starts one thread per event, so a burst
 * (the demo load publishes about a thousand learning activities at once, an import as many) starts a thousand
 * listeners that all wait for the ten pooled connections; requests and start-up checks then find no connection within
 * the pool's timeout. A concurrency limit on that executor would make publishers wait instead, and a listener that
 * publishes events of its own could then wait for a slot that only it can free. A queue never blocks a publisher;
 * what it holds is also in the event publication registry, so events still queued when a node stops are delivered
 * again at the next start ({@code republish-outstanding-events-on-restart}).
 */
@Component
class EventListenerExecutor implements AsyncConfigurer, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EventListenerExecutor.class);

    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    EventListenerExecutor(PlatformProperties properties, MeterRegistry meters) {
        threads.setCorePoolSize(properties.eventListenerThreads());
        threads.setMaxPoolSize(properties.eventListenerThreads());
        threads.setThreadNamePrefix("event-");
        threads.setVirtualThreads(true);
        // Queued events stay in the publication registry; running ones get a moment to commit.
        threads.setWaitForTasksToCompleteOnShutdown(false);
        threads.setAwaitTerminationSeconds(10);
        threads.initialize();
        // A queue that keeps growing tells an operator the node cannot keep up with its events.
        Gauge.builder("educloud.events.queued", threads, ThreadPoolTaskExecutor::getQueueSize)
                .description("Events waiting for a listener thread on this node")
                .register(meters);
    }

    @Override
    public Executor getAsyncExecutor() {
        return threads;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, arguments) -> LOG.error("Asynchronous {} failed", method.getName(), failure);
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
