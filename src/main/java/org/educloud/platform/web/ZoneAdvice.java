package org.educloud.platform.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the installation's time zone, so times stored as instants are shown as the local time of
 * the bureau, not of the server.
 */
@ControllerAdvice(annotations = Controller.class)
class ZoneAdvice {

    private final ZoneId zone;

    ZoneAdvice(Clock clock) {
        this.zone = clock.getZone();
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
