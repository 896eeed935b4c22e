package org.educloud.roster;

import org.jspecify.annotations.Nullable;

/** A guardian as a student's page shows them; the phone is masked unless the viewer needs it. */
public record GuardianView(long id, String name, @Nullable String phone, GuardianRelation relation) {
}
