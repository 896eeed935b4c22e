package org.educloud.network.connectivity;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/**
 * What a bureau's connectivity file did: every row recorded (as a new version where it changed something, left as it
 * was where it did not), or nothing recorded and every problem listed by row and column.
 *
 * @param rows      the schools the file named (or would have, had it no problem)
 * @param changed   of those, the schools that got a new version
 */
public record ConnectivityImport(boolean applied, int rows, int changed, List<ImportProblem> problems) {

    static ConnectivityImport refused(int rows, List<ImportProblem> problems) {
        return new ConnectivityImport(false, rows, 0, List.copyOf(problems));
    }
}
