package org.educloud.learning.assignments;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.LessonId;
import org.educloud.learning.Rubric;
import org.educloud.roster.ClassId;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assignment form as typed. The rubric is written one criterion per line, {@code 内容: 优=10; 良=7; 差=3}, which
 * a teacher can type on a phone; it is read into a {@link Rubric} or refused with the line that is wrong.
 */
record AssignmentForm(
        @NotEmpty List<Long> classIds,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 20_000) @Nullable String instructions,
        @NotNull @DateTimeFormat(pattern = MINUTES, fallbackPatterns = SECONDS) LocalDateTime opensAt,
        @NotNull @DateTimeFormat(pattern = MINUTES, fallbackPatterns = SECONDS) LocalDateTime dueAt,
        @NotNull @DecimalMin("0.5") @DecimalMax("1000") BigDecimal maxScore,
        @NotNull LatePolicy latePolicy,
        @Nullable Boolean textAllowed,
        @Nullable Boolean filesAllowed,
        @Size(max = 200) @Nullable String fileTypes,
        @Min(1) @Max(100) int maxFileMb,
        @Nullable Boolean resubmission,
        @Size(max = 2000) @Nullable String rubric,
        @Nullable Long lessonId) {

    /** What a datetime-local input sends. */
    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";
    static final String SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    static AssignmentForm blank(LocalDateTime now, @Nullable Long lessonId) {
        LocalDateTime opens = now.withSecond(0).withNano(0);
        return new AssignmentForm(List.of(), "", "", opens, opens.plusDays(2).withHour(20).withMinute(0),
                BigDecimal.valueOf(100), LatePolicy.ACCEPT_MARKED, true, false, "pdf, jpg, png, docx", 10, true, "",
                lessonId);
    }

    AssignmentDraft draft() {
        List<String> types = fileTypes == null || fileTypes.isBlank() ? List.of()
                : Arrays.stream(fileTypes.split("[,，\\s]+")).filter(t -> !t.isBlank()).toList();
        return new AssignmentDraft(ticked(), title, instructions, opensAt, dueAt, maxScore, latePolicy,
                Boolean.TRUE.equals(textAllowed), Boolean.TRUE.equals(filesAllowed), types, maxFileMb,
                Boolean.TRUE.equals(resubmission), parsedRubric(), lessonId == null ? null : LessonId.of(lessonId));
    }

    /** The ticked classes; an empty value stays empty, so the draft is refused as no class of the teacher's. */
    private List<ClassId> ticked() {
        return classIds.stream().map(id -> id == null ? null : ClassId.of(id)).toList();
    }

    private @Nullable Rubric parsedRubric() {
        if (rubric == null || rubric.isBlank()) {
            return null;
        }
        List<Rubric.Criterion> criteria = new ArrayList<>();
        String[] lines = rubric.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            if (parts.length < 2 || parts[0].isBlank()) {
                throw new RuleViolationException("learning.error.rubricLine", i + 1);
            }
            List<Rubric.Level> levels = new ArrayList<>();
            for (String level : parts[1].split("[;；]")) {
                if (level.isBlank()) {
                    continue;
                }
                String[] pair = level.split("[=＝]", 2);
                try {
                    levels.add(new Rubric.Level(pair[0].strip(), new BigDecimal(pair[1].strip())));
                } catch (RuntimeException e) {
                    throw new RuleViolationException("learning.error.rubricLine", i + 1);
                }
                if (pair[0].isBlank() || levels.getLast().points().signum() < 0) {
                    throw new RuleViolationException("learning.error.rubricLine", i + 1);
                }
            }
            if (levels.isEmpty() || levels.size() > 6 || parts[0].strip().length() > 60) {
                throw new RuleViolationException("learning.error.rubricLine", i + 1);
            }
            criteria.add(new Rubric.Criterion(parts[0].strip(), levels));
        }
        if (criteria.isEmpty() || criteria.size() > 12) {
            throw new RuleViolationException("learning.error.rubricLine", lines.length);
        }
        return new Rubric(criteria);
    }
}
