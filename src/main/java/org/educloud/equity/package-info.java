/**
 * Equity monitoring: the school-condition survey (办学条件) each school submits and its district confirms, and
 * the official county balance indicators computed from the confirmed surveys (the 2017 quality-balance method and
 * the 2012 basic-balance composite, DOMAIN §2), with the disparity measures of DOMAIN §3. Teacher and student
 * counts come from the roster, never typed twice; missing data stays missing.
 *
 * <p>This package is the module's API: the {@code Surveys} workflow, {@code ComputingBalance}, {@code SchoolYears}
 * and {@code EquityReach} facades, and the records and enums in their signatures. Everything else lives in the
 * slices {@code surveys}, {@code balance}, {@code digital}, {@code trends}, {@code reports}, {@code settings} and
 * {@code attendance} (chronic absence by locality and left-behind status, from the school day's attendance).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Equity monitoring",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "library", "learning", "records",
                "tutoring", "network", "maintenance", "schoolday", "development"})
@org.jspecify.annotations.NullMarked
package org.educloud.equity;
