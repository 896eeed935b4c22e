/**
 * Home–school communication (家校通知): notices to classes, grades or a school with read receipts and replies, reminders, delivery in-app, by e-mail and SMS, and one-to-one messages between teachers and parents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home and school",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "learning"})
@org.jspecify.annotations.NullMarked
package org.educloud.homeschool;
