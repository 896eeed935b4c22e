/**
 * The equipment inventory of each school and room: devices with their kind, model, serial number (unique within a
 * school), purchase, warranty and lifecycle (in use, in repair, retired, every change kept with who and when); the
 * list, form and detail pages, the all-or-nothing spreadsheet import, and the {@code EquipmentDirectory} other
 * slices and modules ask.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.equipment;
