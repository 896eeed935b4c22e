package org.educloud.maintenance.vendors;

import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A registered service company; the phone is masked in lists. */
@org.springframework.modulith.NamedInterface("vendors")
public record VendorView(long id, long districtId, OrgPath districtPath, String name, String contact,
                         @Nullable String phone, String services, int accounts) {
}
