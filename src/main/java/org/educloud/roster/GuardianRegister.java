package org.educloud.roster;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Records a guardian and their responsibility for a student. */
@Component
class GuardianRegister {

    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final Clock clock;

    GuardianRegister(GuardianRepository guardians, GuardianshipRepository guardianships, Clock clock) {
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    Guardian add(Student student, String name, @Nullable String phone, GuardianRelation relation) {
        Guardian guardian = guardians.save(new Guardian(student.schoolPath(), name, phone, clock.instant()));
        guardianships.save(new Guardianship(student.id(), guardian.id(), relation));
        return guardian;
    }
}
