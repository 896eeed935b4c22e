package org.educloud.roster.guardians;

import java.time.Clock;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.people.Student;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Records a guardian and their responsibility for a student. */
@Component
public class GuardianRegister {

    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final Clock clock;

    GuardianRegister(GuardianRepository guardians, GuardianshipRepository guardianships, Clock clock) {
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.clock = clock;
    }

    public Guardian add(Student student, String name, @Nullable String phone, GuardianRelation relation) {
        Guardian guardian = guardians.save(new Guardian(student.schoolPath(), name, phone, clock.instant()));
        guardianships.save(new Guardianship(student.id(), guardian.id(), relation));
        return guardian;
    }
}
