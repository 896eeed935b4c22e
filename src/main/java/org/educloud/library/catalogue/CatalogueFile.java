package org.educloud.library.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.educloud.library.Subject;
import org.educloud.library.TextbookLevel;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A catalogue file read and checked before anything is written: one subject and stage, textbook editions with
 * volumes (each for one grade), chapters and sections, and a tree of knowledge points with unique codes.
 * <pre>
 * {"subject": "MATHEMATICS", "stage": "PRIMARY",
 *  "editions": [{"name": "人教版", "volumes": [{"name": "三年级上册", "grade": 3,
 *                "chapters": [{"name": "8 分数的初步认识", "sections": ["几分之一", "几分之几"]}]}]}],
 *  "knowledgePoints": [{"code": "MA-P-FR", "name": "分数", "children": [{"code": "MA-P-FR-1", "name": "..."}]}]}
 * </pre>
 */
public record CatalogueFile(@Nullable Subject subject, @Nullable Stage stage, List<Node> editions, List<Point> points,
                     List<ImportProblem> problems) {

    public record Node(TextbookLevel level, String name, @Nullable Integer grade, List<Node> children) {
    }

    public record Point(String code, String name, List<Point> children) {
    }

    public static CatalogueFile read(JsonNode root) {
        Reader reader = new Reader();
        Subject subject = reader.enumValue(root, "subject", Subject.class, "");
        Stage stage = reader.enumValue(root, "stage", Stage.class, "");
        List<Node> editions = new ArrayList<>();
        JsonNode editionArray = root.path("editions");
        for (int e = 0; e < editionArray.size(); e++) {
            JsonNode edition = editionArray.get(e);
            String where = "editions[" + e + "]";
            List<Node> volumes = new ArrayList<>();
            JsonNode volumeArray = edition.path("volumes");
            for (int v = 0; v < volumeArray.size(); v++) {
                JsonNode volume = volumeArray.get(v);
                String volumeWhere = where + ".volumes[" + v + "]";
                Integer grade = reader.grade(volume, stage, volumeWhere);
                List<Node> chapters = new ArrayList<>();
                JsonNode chapterArray = volume.path("chapters");
                for (int c = 0; c < chapterArray.size(); c++) {
                    JsonNode chapter = chapterArray.get(c);
                    String chapterWhere = volumeWhere + ".chapters[" + c + "]";
                    List<Node> sections = new ArrayList<>();
                    JsonNode sectionArray = chapter.path("sections");
                    for (int s = 0; s < sectionArray.size(); s++) {
                        String name = reader.name(sectionArray.get(s), chapterWhere + ".sections[" + s + "]");
                        sections.add(new Node(TextbookLevel.SECTION, name, grade, List.of()));
                    }
                    chapters.add(new Node(TextbookLevel.CHAPTER, reader.name(chapter.path("name"), chapterWhere),
                            grade, sections));
                }
                volumes.add(new Node(TextbookLevel.VOLUME, reader.name(volume.path("name"), volumeWhere), grade,
                        chapters));
            }
            editions.add(new Node(TextbookLevel.EDITION, reader.name(edition.path("name"), where), null, volumes));
        }
        List<Point> points = reader.points(root.path("knowledgePoints"), "knowledgePoints");
        if (editions.isEmpty() && points.isEmpty() && reader.problems.isEmpty()) {
            reader.problem("", "library.catalogue.empty");
        }
        return new CatalogueFile(subject, stage, editions, points, reader.problems);
    }

    private static final class Reader {

        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();

        /** A problem at a place in the document: row 0 (the file), the path as the column, "" for the whole file. */
        void problem(String where, String key, String... arguments) {
            problems.add(new ImportProblem(0, where.isEmpty() ? null : where, null, key, List.of(arguments)));
        }

        <E extends Enum<E>> @Nullable E enumValue(JsonNode node, String field, Class<E> type, String where) {
            String text = node.path(field).asString("");
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                problem(where.isEmpty() ? field : where + "." + field, "library.catalogue.unknownValue", text);
                return null;
            }
        }

        String name(JsonNode node, String where) {
            String name = node.isString() ? node.asString().strip() : "";
            if (name.isEmpty() || name.length() > 200) {
                problem(where, "library.catalogue.nameInvalid");
            }
            return name;
        }

        @Nullable Integer grade(JsonNode volume, @Nullable Stage stage, String where) {
            JsonNode grade = volume.path("grade");
            if (grade.isMissingNode() || grade.isNull()) {
                return null;
            }
            if (!grade.isInt() || (stage != null && !Grades.inStage(grade.asInt(), stage))) {
                problem(where + ".grade", "library.catalogue.gradeInvalid", grade.toString());
                return null;
            }
            return grade.asInt();
        }

        List<Point> points(JsonNode array, String where) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode point = array.get(i);
                String pointWhere = where + "[" + i + "]";
                String code = point.path("code").asString("").strip();
                if (!code.matches("[A-Za-z0-9._-]{1,64}")) {
                    problem(pointWhere + ".code", "library.catalogue.codeInvalid", code);
                } else if (!codes.add(code)) {
                    problem(pointWhere + ".code", "library.catalogue.codeRepeated", code);
                }
                points.add(new Point(code, name(point.path("name"), pointWhere),
                        points(point.path("children"), pointWhere + ".children")));
            }
            return points;
        }
    }
}
