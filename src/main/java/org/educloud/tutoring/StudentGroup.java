package org.educloud.tutoring;

/** The groups mastery is compared across for equity: the school's locality, and left-behind and migrant status. */
public enum StudentGroup {
    URBAN, TOWN, RURAL, LEFT_BEHIND, NOT_LEFT_BEHIND, MIGRANT, NOT_MIGRANT
}
