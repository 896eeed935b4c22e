package org.educloud.platform.uploads;

import jakarta.servlet.Filter;
import jakarta.servlet.MultipartConfigElement;
import java.util.concurrent.ConcurrentHashMap;
import org.educloud.platform.runtime.PlatformProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartResolver;

/**
 * How many uploads each person has in progress on this node. An upload holds its permit from before its body is
 * read until its answer is written, so one person sending many slow bodies occupies at most
 * {@code educloud.platform.uploads-per-person} of the node's connections, threads and spool space; the count lives
 * in memory, so with several nodes the limit applies per node.
 */
@Component
public class UploadPermits {

    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();
    private final int perPerson;
    private final UploadRefusals refusals;
    private final MultipartResolver multipart;
    private final long maxRequestBytes;

    UploadPermits(PlatformProperties properties, UploadRefusals refusals, MultipartResolver multipart,
                  MultipartConfigElement multipartConfig) {
        this.perPerson = properties.uploadsPerPerson();
        this.refusals = refusals;
        this.multipart = multipart;
        this.maxRequestBytes = multipartConfig.getMaxRequestSize();
    }

    /** The gate for one security filter chain: problem details for the API, pages for the rest. */
    public Filter gate(boolean problems) {
        return new UploadGate(this, refusals, multipart, maxRequestBytes, problems);
    }

    int perPerson() {
        return perPerson;
    }

    boolean tryAcquire(String holder) {
        boolean[] granted = {false};
        inProgress.compute(holder, (key, count) -> {
            int held = count == null ? 0 : count;
            if (held >= perPerson) {
                return held;
            }
            granted[0] = true;
            return held + 1;
        });
        return granted[0];
    }

    void release(String holder) {
        inProgress.computeIfPresent(holder, (key, count) -> count <= 1 ? null : count - 1);
    }
}
