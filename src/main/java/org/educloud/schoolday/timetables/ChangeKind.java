package org.educloud.schoolday.timetables;

/** A change for one date: another teacher takes the lesson (代课), another lesson is moved here (调课), or none is held. */
@org.springframework.modulith.NamedInterface("timetables")
public enum ChangeKind {
    SUBSTITUTE, SWAP, CANCELLED
}
