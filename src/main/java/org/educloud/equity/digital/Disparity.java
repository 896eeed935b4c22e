package org.educloud.equity.digital;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How unequally a per-student value is spread over schools, by the measures of DOMAIN §3: Gini, Theil T with its
 * within/between-group decomposition, and Theil L. Theil needs every value above 0; with a zero it is left
 * {@code null} and {@link #zeros()} says how many schools made it so, rather than dropping them silently.
 *
 * @param groups each group's students, weighted mean and share of the total resource, in the order first seen
 */
public record Disparity(double mean, @Nullable Double gini, @Nullable Double theilT, @Nullable Double theilWithin,
                        @Nullable Double theilBetween, @Nullable Double theilL, int zeros,
                        Map<String, Group> groups) {

    public record Group(long students, double mean, double resourceShare) {
    }

    /** One school: its group (e.g. urban, rural), students and value. */
    record Member(String group, long students, double value) {
    }

    static Disparity of(List<Member> members) {
        long total = members.stream().mapToLong(Member::students).sum();
        if (total == 0) {
            return new Disparity(0, null, null, null, null, null, 0, Map.of());
        }
        double mean = members.stream().mapToDouble(m -> weight(m, total) * m.value()).sum();
        int zeros = (int) members.stream().filter(m -> m.students() > 0 && m.value() <= 0).count();
        Map<String, Group> groups = groups(members, mean, total);
        if (mean <= 0) {
            return new Disparity(mean, null, null, null, null, null, zeros, groups);
        }
        double gini = 0;
        for (Member a : members) {
            for (Member b : members) {
                gini += weight(a, total) * weight(b, total) * Math.abs(a.value() - b.value());
            }
        }
        gini /= 2 * mean;
        if (zeros > 0) {
            return new Disparity(mean, gini, null, null, null, null, zeros, groups);
        }
        double theilT = theilT(members, total, mean);
        double theilL = members.stream().mapToDouble(m -> weight(m, total) * Math.log(mean / m.value())).sum();
        double within = 0;
        double between = 0;
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            List<Member> inGroup = members.stream().filter(m -> m.group().equals(entry.getKey())).toList();
            within += group.resourceShare() * theilT(inGroup, group.students(), group.mean());
            between += group.resourceShare() * Math.log(group.mean() / mean);
        }
        return new Disparity(mean, gini, theilT, within, between, theilL, 0, groups);
    }

    private static double theilT(List<Member> members, long total, double mean) {
        double t = 0;
        for (Member m : members) {
            double ratio = m.value() / mean;
            t += weight(m, total) * ratio * Math.log(ratio);
        }
        return t;
    }

    private static Map<String, Group> groups(List<Member> members, double mean, long total) {
        Map<String, long[]> students = new LinkedHashMap<>();
        Map<String, double[]> resource = new LinkedHashMap<>();
        for (Member m : members) {
            students.computeIfAbsent(m.group(), g -> new long[1])[0] += m.students();
            resource.computeIfAbsent(m.group(), g -> new double[1])[0] += m.students() * m.value();
        }
        double totalResource = mean * total;
        Map<String, Group> groups = new LinkedHashMap<>();
        students.forEach((group, count) -> {
            double sum = resource.get(group)[0];
            groups.put(group, new Group(count[0], count[0] == 0 ? 0 : sum / count[0],
                    totalResource == 0 ? 0 : sum / totalResource));
        });
        return groups;
    }

    private static double weight(Member m, long total) {
        return (double) m.students() / total;
    }
}
