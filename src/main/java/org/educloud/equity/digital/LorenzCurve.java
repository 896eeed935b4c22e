package org.educloud.equity.digital;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Lorenz curve of a per-school value: schools from the least to the best provided, each point the share of all
 * students (x) and the share of all of the resource (y) up to that school. The further below the diagonal, the
 * more unequal.
 */
public record LorenzCurve(List<Point> points) {

    public record Point(double population, double resource) {
    }

    static LorenzCurve of(List<Disparity.Member> members) {
        long total = members.stream().mapToLong(Disparity.Member::students).sum();
        double resource = members.stream().mapToDouble(m -> m.students() * m.value()).sum();
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, 0));
        if (total == 0 || resource <= 0) {
            return new LorenzCurve(points);
        }
        long people = 0;
        double held = 0;
        for (Disparity.Member m : members.stream().sorted(Comparator.comparingDouble(Disparity.Member::value))
                .toList()) {
            people += m.students();
            held += m.students() * m.value();
            points.add(new Point((double) people / total, held / resource));
        }
        return new LorenzCurve(points);
    }
}
