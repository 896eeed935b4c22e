package org.educloud.maintenance.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A fault as the reporter describes it. The equipment is a plain id for now: the equipment inventory checks it when
 * it offers a way to (the school's own equipment only).
 */
@org.springframework.modulith.NamedInterface("tickets")
public record TicketDraft(
        @NotNull(message = "{maintenance.validation.school}") Long schoolId,
        @NotNull(message = "{maintenance.validation.kind}") TicketKind kind,
        @NotBlank(message = "{maintenance.validation.title}")
        @Size(max = 120, message = "{maintenance.validation.titleSize}") String title,
        @NotBlank(message = "{maintenance.validation.description}")
        @Size(max = 4000, message = "{maintenance.validation.descriptionSize}") String description,
        @Nullable @Size(max = 120, message = "{maintenance.validation.locationSize}") String location,
        @Nullable Long equipmentId,
        @Nullable TicketPriority priority) {
}
