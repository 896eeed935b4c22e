package org.educloud.development.frameworks;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;
import org.jspecify.annotations.Nullable;

/** The outcome of bringing in a framework file: saved (with its id), or nothing saved and every problem named. */
public record FrameworkImport(@Nullable Long frameworkId, List<ImportProblem> problems) {

    public FrameworkImport {
        problems = List.copyOf(problems);
    }

    public boolean applied() {
        return frameworkId != null;
    }
}
