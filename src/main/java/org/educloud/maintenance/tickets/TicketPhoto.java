package org.educloud.maintenance.tickets;

/** A photo of a fault, stored by content in the platform's file storage. */
public record TicketPhoto(long id, String sha256, String mediaType, long size, String fileName) {
}
