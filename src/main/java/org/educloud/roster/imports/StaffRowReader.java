package org.educloud.roster.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.Gender;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDraft;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;

/** Turns one row of a staff file into a draft, or into every problem that stops it. */
final class StaffRowReader {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}");
    private static final Map<String, Qualification> QUALIFICATIONS = Map.of("高中及以下", Qualification.HIGH_SCHOOL,
            "中专", Qualification.SECONDARY_VOCATIONAL, "大专", Qualification.JUNIOR_COLLEGE, "本科", Qualification.BACHELOR,
            "硕士", Qualification.MASTER, "研究生", Qualification.MASTER, "博士", Qualification.DOCTOR);
    private static final Map<String, ProfessionalTitle> TITLES = Map.of("未定级", ProfessionalTitle.UNRANKED,
            "三级教师", ProfessionalTitle.THIRD, "二级教师", ProfessionalTitle.SECOND, "一级教师", ProfessionalTitle.FIRST,
            "高级教师", ProfessionalTitle.SENIOR, "正高级教师", ProfessionalTitle.PROFESSOR);
    private static final Map<String, BackboneLevel> BACKBONE = Map.of("", BackboneLevel.NONE, "否", BackboneLevel.NONE,
            "校级", BackboneLevel.SCHOOL, "县级", BackboneLevel.COUNTY, "区级", BackboneLevel.COUNTY,
            "市级", BackboneLevel.CITY, "省级", BackboneLevel.PROVINCE);
    private static final Map<String, Specialist> SPECIALISTS = Map.of("", Specialist.NONE, "否", Specialist.NONE,
            "体育", Specialist.PE, "音乐", Specialist.MUSIC, "美术", Specialist.FINE_ART);

    private StaffRowReader() {
    }

    static Optional<StaffDraft> read(TabularFile.SourceRow row, List<ImportProblem> problems) {
        int before = problems.size();
        for (int column : row.formulaColumns()) {
            problems.add(ImportProblem.at(row.number(), column < StaffColumns.values().length
                    ? StaffColumns.values()[column].header() : "#" + (column + 1), row.cell(column),
                    "roster.import.error.formula"));
        }
        String number = text(row, StaffColumns.STAFF_NUMBER, 32, true, problems);
        String name = text(row, StaffColumns.NAME, 50, true, problems);
        Gender gender = switch (row.cell(StaffColumns.GENDER.index())) {
            case "男" -> Gender.MALE;
            case "女" -> Gender.FEMALE;
            default -> {
                problems.add(problem(row, StaffColumns.GENDER, "roster.import.error.gender"));
                yield null;
            }
        };
        String phone = row.cell(StaffColumns.PHONE.index());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(problem(row, StaffColumns.PHONE, "roster.validation.phone.format"));
        }
        String subjects = text(row, StaffColumns.SUBJECTS, 200, false, problems);
        Qualification qualification = choice(row, StaffColumns.QUALIFICATION, QUALIFICATIONS, problems);
        ProfessionalTitle title = choice(row, StaffColumns.TITLE, TITLES, problems);
        BackboneLevel backbone = choice(row, StaffColumns.BACKBONE, BACKBONE, problems);
        Boolean fullTime = switch (row.cell(StaffColumns.FULL_TIME.index())) {
            case "是", "" -> true;
            case "否" -> false;
            default -> {
                problems.add(problem(row, StaffColumns.FULL_TIME, "roster.import.error.yesNo"));
                yield null;
            }
        };
        Specialist specialist = choice(row, StaffColumns.SPECIALIST, SPECIALISTS, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new StaffDraft(number, name, gender, phone.isEmpty() ? null : phone, subjects, qualification,
                title, backbone, fullTime, specialist));
    }

    private static <T> T choice(TabularFile.SourceRow row, StaffColumns column, Map<String, T> values,
                                List<ImportProblem> problems) {
        T value = values.get(row.cell(column.index()));
        if (value == null) {
            problems.add(ImportProblem.at(row.number(), column.header(), row.cell(column.index()),
                    "roster.import.error.choice", String.join("、", values.keySet().stream()
                            .filter(k -> !k.isEmpty()).sorted().toList())));
        }
        return value;
    }

    private static String text(TabularFile.SourceRow row, StaffColumns column, int max, boolean required,
                               List<ImportProblem> problems) {
        return CellChecks.text(row, column.index(), column.header(), max, required, problems);
    }

    private static ImportProblem problem(TabularFile.SourceRow row, StaffColumns column, String key) {
        return ImportProblem.at(row.number(), column.header(), row.cell(column.index()), key);
    }
}
