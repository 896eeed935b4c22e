package org.educloud.platform.observability;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest possible answer, for load balancers that only need to know the node serves HTTP, and as the
 * baseline that benchmarks compare real pages against.
 */
@RestController
class PingController {

    @GetMapping(value = "/ping", produces = "text/plain")
    String ping() {
        return "pong";
    }
}
