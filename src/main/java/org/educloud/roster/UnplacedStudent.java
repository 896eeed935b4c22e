package org.educloud.roster;

/** An enrolled student placed in no homeroom class: who a school still has to place. */
public record UnplacedStudent(StudentId id, String name) {
}
