/**
 * Teachers' digital competence and professional development: the JY/T 0646—2022 framework as data, self-assessment beside the evidence the platform already holds, training programmes, the credit-hour ledger and certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teacher development",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "learning", "library", "records",
                "assessment"})
@org.jspecify.annotations.NullMarked
package org.educloud.development;
