package org.educloud.schoolday.attendance;

/** How a student is marked in a roll; present unless marked otherwise. */
@org.springframework.modulith.NamedInterface("attendance")
public enum Mark {
    PRESENT, ABSENT, LATE, LEAVE
}
