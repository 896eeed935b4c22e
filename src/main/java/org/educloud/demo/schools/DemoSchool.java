package org.educloud.demo.schools;

import java.util.Set;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.Stage;

/** One school of the demo installation. */
public record DemoSchool(String key, String name, String code, Set<Stage> stages, Locality locality,
                  boolean teachingPoint, String address) {
}
