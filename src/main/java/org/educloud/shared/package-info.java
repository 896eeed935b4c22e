/**
 * Value types every module speaks: org ids and materialised paths, the caller's {@link org.educloud.shared.Scope},
 * roles, masking of personal data and the problem types the API reports. No entities and no services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.educloud.shared;
