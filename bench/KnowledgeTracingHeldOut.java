import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.tutoring.tracing.BktFitter;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.tracing.FitSettings;
import org.educloud.tutoring.tracing.FittedKnowledgePoint;
import org.educloud.tutoring.tracing.Forecasts;
import org.educloud.tutoring.tracing.PredictionQuality;
import org.educloud.tutoring.tracing.ResponseLog;

/**
 * Predictive AUC and RMSE of the knowledge-tracing kernel on held-out students of a public tutoring data set
 * (issue 28), standard BKT and BKT with forgetting. Fits every skill on the training students, then forecasts each
 * answer of the test students from their earlier answers on the same skill only, and pools all test answers.
 *
 * <pre>
 * mvn -o -q compile
 * java -cp target/classes bench/KnowledgeTracingHeldOut.java TRAIN TEST [STARTS]
 * </pre>
 *
 * TRAIN and TEST are either the three-lines-per-student files of the DKT ASSISTments 2009–2010 skill-builder split
 * ({@code builder_train.csv}, {@code builder_test.csv}: answer count; skill ids; 0/1 outcomes) or pyBKT's
 * one-row-per-answer files with a header {@code user_id,skill_name,correct} (the {@code *_preprocessed.csv} of
 * pyBKT-examples). bench/README.md says where to get them; they are not in this repository.
 */
public class KnowledgeTracingHeldOut {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/classes bench/KnowledgeTracingHeldOut.java TRAIN TEST [STARTS]");
            System.exit(2);
        }
        int starts = args.length > 2 ? Integer.parseInt(args[2]) : FitSettings.STANDARD.starts();
        Map<String, Integer> skills = new HashMap<>();
        List<int[]> train = read(Path.of(args[0]), skills);
        List<int[]> test = read(Path.of(args[1]), skills);
        ResponseLog training = log(train, skills.size());
        ResponseLog heldOut = log(test, skills.size());
        System.out.printf("skills %d; training: %d students' sequences, %d answers; held out: %d answers%n",
                skills.size(), countStudents(train), training.responses(), heldOut.responses());

        // "ours" is what the schedule uses; "plain ML" fits every skill however few its data, without shrinkage,
        // as pyBKT does, to tell the fallback rule's effect from the model's
        for (String rule : new String[] {"ours", "plain ML"}) {
            for (boolean forgetting : new boolean[] {false, true}) {
                FitSettings settings = FitSettings.STANDARD.withStarts(starts).withForgetting(forgetting);
                if (rule.equals("plain ML")) {
                    settings = settings.withMinimums(1, 1).withShrinkage(0);
                }
                evaluate(rule, settings, training, heldOut);
            }
        }
    }

    private static void evaluate(String rule, FitSettings settings, ResponseLog training, ResponseLog heldOut) {
        long started = System.nanoTime();
        List<FittedKnowledgePoint> fits = new BktFitter(settings).fitAll(training);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<BktParameters> parameters = fits.stream().map(FittedKnowledgePoint::parameters).toList();
        PredictionQuality quality = PredictionQuality.of(heldOut, Forecasts.beforeEachAnswer(heldOut, parameters));
        long fallback = fits.stream().filter(f -> f.source() == FittedKnowledgePoint.Source.FALLBACK).count();
        System.out.printf("%-8s %-16s starts %d  AUC %.4f  RMSE %.4f  (%d held-out answers; fit %.2f s; %d"
                        + " skills on the fallback)%n", rule,
                settings.forgetting() ? "BKT + forgetting" : "standard BKT", settings.starts(),
                quality.auc(), quality.rmse(), quality.answers(), seconds, fallback);
    }

    /** Answers as {student, skill, correct} in file order; student numbers are unique per file. */
    private static List<int[]> read(Path file, Map<String, Integer> skills) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        return lines.getFirst().startsWith("user_id") ? readRows(lines, skills) : readTriples(lines, skills);
    }

    /** DKT format: per student a line with the answer count, one with the skills, one with the outcomes. */
    private static List<int[]> readTriples(List<String> lines, Map<String, Integer> skills) {
        List<int[]> answers = new ArrayList<>();
        for (int i = 0, student = 0; i + 2 < lines.size(); i += 3, student++) {
            String[] skillIds = lines.get(i + 1).split(",");
            String[] outcomes = lines.get(i + 2).split(",");
            for (int t = 0; t < skillIds.length; t++) {
                if (!skillIds[t].isBlank()) {
                    answers.add(new int[] {student, skill(skills, skillIds[t].strip()),
                            Integer.parseInt(outcomes[t].strip())});
                }
            }
        }
        return answers;
    }

    /** pyBKT rows: user_id,skill_name,correct; a user_id is one sequence owner, whatever it denotes. */
    private static List<int[]> readRows(List<String> lines, Map<String, Integer> skills) {
        Map<String, Integer> users = new HashMap<>();
        List<int[]> answers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int student = users.computeIfAbsent(cells[0], u -> users.size());
            answers.add(new int[] {student, skill(skills, cells[1]), Integer.parseInt(cells[2].strip())});
        }
        return answers;
    }

    private static int skill(Map<String, Integer> skills, String id) {
        return skills.computeIfAbsent(id, s -> skills.size());
    }

    private static ResponseLog log(List<int[]> answers, int skillCount) {
        ResponseLog.Builder builder = ResponseLog.builder(skillCount);
        for (int[] a : answers) {
            builder.add(a[1], a[0], a[2] == 1);
        }
        return builder.build();
    }

    private static long countStudents(List<int[]> answers) {
        return answers.stream().mapToInt(a -> a[0]).distinct().count();
    }
}
