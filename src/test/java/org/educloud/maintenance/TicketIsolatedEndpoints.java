package org.educloud.maintenance;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

/** The tickets', vendors' and ticket reports' endpoints, aimed at district B's ticket, photo and vendor. */
class TicketIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/maintenance/tickets"),
                list("/maintenance/tickets/new"),
                list("/maintenance/vendors"),
                list("/maintenance/reports"),
                byId(GET, "/maintenance/tickets/{id}", b -> "/maintenance/tickets/" + TicketFixture.of(b).ticketId()),
                byId(GET, "/maintenance/tickets/{id}/photos/{photoId}", b -> "/maintenance/tickets/"
                        + TicketFixture.of(b).ticketId() + "/photos/" + TicketFixture.of(b).photoId()),
                // reporting at the other district's school
                byId(POST, "/maintenance/tickets", b -> "/maintenance/tickets")
                        .param("schoolId", b -> String.valueOf(b.school().id().value())).param("kind", "DEVICE")
                        .param("title", "越界").param("description", "越界").param("priority", "NORMAL"),
                byId(POST, "/maintenance/tickets/{id}/steps", b -> "/maintenance/tickets/"
                        + TicketFixture.of(b).ticketId() + "/steps").param("action", "RESOLVE").param("note", "越界"),
                byId(POST, "/maintenance/tickets/{id}/comments", b -> "/maintenance/tickets/"
                        + TicketFixture.of(b).ticketId() + "/comments").param("body", "越界"),
                byId(POST, "/maintenance/tickets/{id}/rating", b -> "/maintenance/tickets/"
                        + TicketFixture.of(b).ticketId() + "/rating").param("stars", "1"),
                byId(POST, "/maintenance/tickets/{id}/priority", b -> "/maintenance/tickets/"
                        + TicketFixture.of(b).ticketId() + "/priority").param("priority", "LOW"),
                byId(GET, "/maintenance/vendors/{id}", b -> "/maintenance/vendors/" + TicketFixture.of(b).vendorId()),
                byId(POST, "/maintenance/vendors/{id}/accounts", b -> "/maintenance/vendors/"
                        + TicketFixture.of(b).vendorId() + "/accounts")
                        .param("username", "fx.cross.vendor").param("displayName", "越界")
                        .param("initialPassword", "Fixture2026pw"),
                // registering a vendor with the other district
                byId(POST, "/maintenance/vendors", b -> "/maintenance/vendors")
                        .param("districtId", b -> String.valueOf(b.district().id().value()))
                        .param("name", "越界公司").param("contact", "越界").param("services", "越界"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }
}
