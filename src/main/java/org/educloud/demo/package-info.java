/**
 * The deterministic demo installation loaded on first start of the one-command run: a city bureau, two
 * districts, twelve schools and an account for every role. Each module's demo data is added here, through that
 * module's facade, as a step with its place in one order ({@code steps}). Nothing depends on this module: this
 * package has no types; the entry that runs on start and its settings are in {@code installation},
 * and each area's step lives in {@code schools}, {@code people}, {@code resources}, {@code courses},
 * {@code surveys}, {@code activity}, {@code assessment}, {@code connectivity}, {@code probes}, {@code equipment},
 * {@code tickets}, {@code development}, {@code schoolday} and {@code homeschool}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "platform", "records", "library", "learning", "equity",
                "assessment", "assessment :: items", "assessment :: quizzes", "assessment :: attempts", "assessment :: exams", "network", "maintenance",
                "maintenance :: tickets", "maintenance :: vendors", "development", "schoolday :: timetables", "schoolday :: attendance",
                "homeschool :: notices", "homeschool :: messages"})
@org.jspecify.annotations.NullMarked
package org.educloud.demo;
