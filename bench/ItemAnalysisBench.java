import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.educloud.assessment.analysis.ItemAnalysis;
import org.educloud.assessment.analysis.KnowledgePointTable;
import org.educloud.assessment.analysis.ScoreSheet;

/**
 * Times the item-analysis kernel of issue 28 on one sitting of S students × I items (default 2,000 × 50: 40 single
 * choice items with four options, 10 partial-credit items worth 4 points; answers from a Rasch model, seed 28).
 * Reports the first (cold) run, then the median and p99 of R warm runs of: building the score sheet from the
 * answers, the item analysis, and the class × knowledge-point table (45 classes, 10 knowledge points).
 * Usage (after `mvn -o compile`): java -cp target/classes bench/ItemAnalysisBench.java [students] [items] [runs]
 */
public class ItemAnalysisBench {

    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

    public static void main(String[] args) {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Sitting sitting = Sitting.simulate(students, items, new Random(28));
        long[] classes = new long[students];
        for (int s = 0; s < students; s++) {
            classes[s] = 1 + s % 45;
        }
        Map<Long, List<Long>> points = new HashMap<>();
        for (long item = 1; item <= items; item++) {
            points.put(item, List.of(item % 10));
        }

        long start = System.nanoTime();
        ScoreSheet first = sitting.sheet();
        ItemAnalysis cold = ItemAnalysis.of(first);
        KnowledgePointTable.of(first, classes, points);
        double coldMs = (System.nanoTime() - start) / 1e6;

        double[] build = new double[runs];
        double[] analyse = new double[runs];
        double[] table = new double[runs];
        double sink = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            ScoreSheet sheet = sitting.sheet();
            long t1 = System.nanoTime();
            ItemAnalysis analysis = ItemAnalysis.of(sheet);
            long t2 = System.nanoTime();
            KnowledgePointTable kp = KnowledgePointTable.of(sheet, classes, points);
            long t3 = System.nanoTime();
            build[r] = (t1 - t0) / 1e6;
            analyse[r] = (t2 - t1) / 1e6;
            table[r] = (t3 - t2) / 1e6;
            sink += analysis.test().alpha().orElseThrow() + kp.cells().size();
        }
        System.out.printf("%d students x %d items, %d warm runs (alpha %.3f, sink %.1f)%n", students, items, runs,
                cold.test().alpha().orElseThrow(), sink);
        System.out.printf("first run, all three, cold JVM: %.1f ms%n", coldMs);
        report("build score sheet", build);
        report("item analysis", analyse);
        report("class x knowledge-point table", table);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-30s median %6.2f ms   p99 %6.2f ms%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    }

    /** The raw answers, as the quiz module would read them: chosen option per student, or steps on partial items. */
    private record Sitting(int students, int choiceItems, int partialItems, int[][] chosen, int[][] keys,
                           int[][] steps) {

        static Sitting simulate(int students, int items, Random random) {
            int choiceItems = items * 4 / 5;
            int partialItems = items - choiceItems;
            double[] ability = new double[students];
            for (int s = 0; s < students; s++) {
                ability[s] = random.nextGaussian();
            }
            int[][] chosen = new int[choiceItems][students];
            int[][] keys = new int[choiceItems][1];
            for (int i = 0; i < choiceItems; i++) {
                keys[i][0] = i % 4;
                double difficulty = -2 + 4.0 * i / choiceItems;
                for (int s = 0; s < students; s++) {
                    chosen[i][s] = random.nextDouble() < rasch(ability[s], difficulty) ? keys[i][0]
                            : random.nextInt(4);
                }
            }
            int[][] steps = new int[partialItems][students];
            for (int i = 0; i < partialItems; i++) {
                for (int s = 0; s < students; s++) {
                    for (int step = 0; step < 4; step++) {
                        if (random.nextDouble() < rasch(ability[s], -1.5 + step + 0.1 * i)) {
                            steps[i][s]++;
                        }
                    }
                }
            }
            return new Sitting(students, choiceItems, partialItems, chosen, keys, steps);
        }

        ScoreSheet sheet() {
            ScoreSheet.Builder sheet = ScoreSheet.builder(students);
            for (int i = 0; i < choiceItems; i++) {
                String key = OPTIONS.get(keys[i][0]);
                int item = sheet.choiceItem(i + 1, 1, OPTIONS, Set.of(key));
                for (int s = 0; s < students; s++) {
                    String option = OPTIONS.get(chosen[i][s]);
                    sheet.choose(s, item, List.of(option)).score(s, item, option.equals(key) ? 1 : 0);
                }
            }
            for (int i = 0; i < partialItems; i++) {
                int item = sheet.item(choiceItems + i + 1, 4);
                for (int s = 0; s < students; s++) {
                    sheet.score(s, item, steps[i][s]);
                }
            }
            return sheet.build();
        }

        private static double rasch(double ability, double difficulty) {
            return 1 / (1 + Math.exp(difficulty - ability));
        }
    }
}
