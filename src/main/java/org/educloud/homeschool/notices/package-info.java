/**
 * Notices (家校通知): a teacher sends one to their classes, a school's admins to grades or the whole school, with
 * files and an optional reply form; parents of the classes' students confirm or answer it; the sender sees who has
 * read and replied, class by class, and reminds the rest. The pages, the store and the rules live here together.
 */
@org.springframework.modulith.NamedInterface("notices")
@org.jspecify.annotations.NullMarked
package org.educloud.homeschool.notices;
