package org.educloud.roster.oneroster.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.shared.tabular.ZipEntries;

/**
 * An uploaded OneRoster 1.2 (or 1.1) CSV zip, unpacked into a private temporary directory: the manifest says which
 * files are there and whether each is a bulk or a delta file; each file is read as a table whose columns are found
 * by name (the binding's required ones must be there, optional ones may be missing, others are named in a warning).
 * A 1.1 set is read into the 1.2 model: its users carry their role and orgs themselves and it has no roles.csv.
 * Unpacking is bounded by the {@link ImportLimits} (entries, inflated sizes and ratios, counted
 * while inflating) and takes plain CSV files at the top level or in one folder only, so a zip bomb, a nested zip
 * named like a CSV file or a path such as {@code ../../x} is refused with a problem naming it rather than written.
 */
final class OneRosterFileSet implements Closeable {

    enum Mode { BULK, DELTA, ABSENT }

    /** Per file: ten times the largest set (a million enrolments), so the first pass's memory stays bounded. */
    static final long MAX_ROWS = 10_000_000;

    static final List<String> ORGS = List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier",
            "parentSourcedId");
    static final List<String> ACADEMIC_SESSIONS = List.of("sourcedId", "status", "dateLastModified", "title", "type",
            "startDate", "endDate", "parentSourcedId", "schoolYear");
    static final List<String> COURSES = List.of("sourcedId", "status", "dateLastModified", "schoolYearSourcedId",
            "title", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes");
    static final List<String> CLASSES = List.of("sourcedId", "status", "dateLastModified", "title", "grades",
            "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
            "subjectCodes", "periods");
    static final List<String> USERS = List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username",
            "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone",
            "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
            "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns");
    static final List<String> ROLES = List.of("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType",
            "role", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId");
    static final List<String> ENROLLMENTS = List.of("sourcedId", "status", "dateLastModified", "classSourcedId",
            "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate");
    static final List<String> DEMOGRAPHICS = List.of("sourcedId", "status", "dateLastModified", "birthDate", "sex",
            "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander",
            "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
            "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus");

    /** OneRoster 1.1's users.csv: one role and the user's orgs in the row itself, no roles.csv. */
    static final List<String> USERS_1_1 = List.of("sourcedId", "status", "dateLastModified", "enabledUser",
            "orgSourcedIds", "role", "username", "userIds", "givenName", "familyName", "middleName", "identifier",
            "email", "sms", "phone", "agentSourcedIds", "grades", "password");

    /** The files EduCloud reads; the others a manifest may name (results, resources, ...) are accepted and skipped. */
    static final Map<String, List<String>> READ = Map.of("orgs", ORGS, "academicSessions", ACADEMIC_SESSIONS,
            "courses", COURSES, "classes", CLASSES, "users", USERS, "roles", ROLES, "enrollments", ENROLLMENTS,
            "demographics", DEMOGRAPHICS);

    /** The order the files are read in, which is also the order their problems are listed in. */
    static final List<String> ORDER = List.of("manifest", "orgs", "academicSessions", "courses", "classes",
            "demographics", "roles", "users", "enrollments");

    /**
     * The columns a file must have: the binding's required fields that EduCloud reads. The others may be left out
     * (real producers leave out resourceSourcedIds, pronouns, the race columns, ...); their cells then read as blank.
     */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "orgs", List.of("sourcedId", "name", "type"),
            "academicSessions", List.of("sourcedId", "title", "type", "startDate", "endDate", "schoolYear"),
            "courses", List.of("sourcedId", "title", "orgSourcedId"),
            "classes", List.of("sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId",
                    "termSourcedIds"),
            "users", List.of("sourcedId", "givenName", "familyName"),
            "roles", List.of("sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"),
            "enrollments", List.of("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"),
            "demographics", List.of("sourcedId"));

    /** A file-level problem: the set as a whole cannot be read. */
    static final class Refused extends Exception {

        private final ImportProblem problem;

        Refused(String messageKey, String... arguments) {
            this(ImportProblem.ofFile(messageKey, arguments));
        }

        Refused(ImportProblem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private final Path directory;
    private final Map<String, Mode> modes;
    private final ImportLimits limits;
    private final String version;

    private OneRosterFileSet(Path directory, Map<String, Mode> modes, ImportLimits limits, String version) {
        this.directory = directory;
        this.modes = modes;
        this.limits = limits;
        this.version = version;
    }

    /** True for a OneRoster 1.1 set, whose users carry their role and orgs themselves. */
    boolean version11() {
        return "1.1".equals(version);
    }

    /** The columns this set's version defines for a file. */
    List<String> binding(String file) {
        return file.equals("users") && version11() ? USERS_1_1 : READ.get(file);
    }

    private List<String> required(String file) {
        if (file.equals("users") && version11()) {
            return List.of("sourcedId", "orgSourcedIds", "role", "givenName", "familyName");
        }
        return REQUIRED.get(file);
    }

    /**
     * Checks the header of every file the manifest names before any row is read, so that one upload reports the
     * header problems of all files at once, each naming the columns that are missing; columns the binding does not
     * define (other than {@code metadata.*}) are named in a warning and not read.
     */
    void checkHeaders(List<ImportProblem> problems, List<ImportProblem> warnings) {
        for (String file : ORDER) {
            if (file.equals("manifest") || !present(file)) {
                continue;
            }
            List<String> found;
            try (TabularFile table = TabularFile.openCsv(directory.resolve(file + ".csv"), limits)) {
                Iterator<TabularFile.SourceRow> it = table.rows();
                found = it.hasNext() ? it.next().cells().stream().map(String::strip).toList() : List.of();
            } catch (TabularFile.Refused e) {
                problems.add(inFile(file, e.problem()));
                continue;
            } catch (TabularFile.Unreadable e) {
                problems.add(inFile(file, e.problem()));
                continue;
            } catch (IOException | RuntimeException e) {
                problems.add(ImportProblem.ofFile("roster.oneroster.error.unreadable", file + ".csv"));
                continue;
            }
            List<String> missing = required(file).stream().filter(c -> !found.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(1, file + ".csv", String.join(",", found),
                        "roster.oneroster.error.missingColumns", List.of(file + ".csv", String.join(", ", missing))));
            }
            List<String> unknown = found.stream().filter(c -> !c.isEmpty() && !binding(file).contains(c)
                    && !c.startsWith("metadata.")).toList();
            if (!unknown.isEmpty()) {
                warnings.add(new ImportProblem(1, file + ".csv", String.join(",", unknown),
                        "roster.oneroster.warning.extraColumns", List.of(file + ".csv", String.join(", ", unknown))));
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = found.stream().filter(c -> !c.isEmpty() && !seen.add(c)).distinct().toList();
            if (!twice.isEmpty()) {
                problems.add(new ImportProblem(1, file + ".csv", String.join(",", twice),
                        "roster.oneroster.error.columnTwice", List.of(file + ".csv", String.join(", ", twice))));
            }
        }
    }

    /**
     * Unpacks the zip within the import limits. Only plain CSV files are taken, all at the top level or all in one
     * folder (a zip made by compressing the folder that holds the set): files in several folders, another kind of
     * file, or an entry named .csv that is really a zip, a workbook or other binary data is refused by name (what
     * macOS adds, {@code __MACOSX/} and {@code .DS_Store}, is passed over).
     */
    static OneRosterFileSet unpack(Path zip, ImportLimits limits) throws Refused {
        Path directory;
        try {
            directory = Files.createTempDirectory("oneroster");
        } catch (IOException e) {
            throw new IllegalStateException("no temporary directory", e);
        }
        try {
            boolean[] any = {false};
            String[] folder = {null};
            ZipEntries.read(zip, limits, (entry, content) -> {
                any[0] = true;
                String path = entry.getName().replace('\\', '/');
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (path.startsWith("__MACOSX/") || name.equals(".DS_Store")) {
                    return;
                }
                if (entry.isDirectory()) {
                    return;
                }
                String in = path.substring(0, path.length() - name.length());
                if (folder[0] == null) {
                    folder[0] = in;
                }
                // One folder holding the whole set is fine (and usual); files spread over folders are not a set.
                if (!folder[0].equals(in) || in.split("/").length > 1 || in.contains("..")) {
                    throw new Refusal(new Refused("roster.oneroster.error.folder", entry.getName()));
                }
                if (!name.matches("[A-Za-z]+\\.csv")) {
                    throw new Refusal(new Refused("roster.oneroster.error.notCsvName", entry.getName()));
                }
                copyText(content, directory.resolve(name), entry.getName());
            });
            if (!any[0]) {
                throw new Refused("roster.oneroster.error.notZip");
            }
            String[] version = new String[1];
            Map<String, Mode> modes = manifest(directory, limits, version, folder[0] == null ? "" : folder[0]);
            return new OneRosterFileSet(directory, modes, limits, version[0]);
        } catch (Refusal e) {
            deleteQuietly(directory);
            throw e.refused;
        } catch (TabularFile.Refused e) {
            deleteQuietly(directory);
            throw new Refused(e.problem());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(directory);
            throw new Refused("roster.oneroster.error.notZip");
        } catch (Refused e) {
            deleteQuietly(directory);
            throw e;
        }
    }

    /** Carries a refusal out of the entry reader, which may only throw unchecked or I/O exceptions. */
    private static final class Refusal extends RuntimeException {
        private final Refused refused;

        Refusal(Refused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    /** Copies an entry that must be CSV text: not a zip (a workbook is one), an old Excel file or other binary data. */
    private static void copyText(InputStream content, Path target, String name) throws IOException {
        byte[] head = content.readNBytes(8 * 1024);
        if (!TabularFile.text(head)) {
            throw new Refusal(new Refused("roster.oneroster.error.notCsv", name));
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(head);
            content.transferTo(out);
        }
    }

    Mode mode(String file) {
        return modes.getOrDefault(file, Mode.ABSENT);
    }

    boolean present(String file) {
        return mode(file) != Mode.ABSENT;
    }

    /**
     * Reads a file named by the manifest (its header checked by {@link #checkHeaders}); each row goes to
     * {@code rows} with its cells by header name.
     */
    void read(String file, Consumer<Row> rows) throws Refused {
        try (TabularFile table = TabularFile.openCsv(directory.resolve(file + ".csv"), limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            Map<String, Integer> columns = columns(file, it);
            long count = 0;
            while (true) {
                TabularFile.SourceRow row;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    row = it.next();
                } catch (TabularFile.Refused e) {
                    throw new Refused(inFile(file, e.problem()));
                } catch (RuntimeException e) {
                    throw new Refused("roster.oneroster.error.unreadable", file + ".csv");
                }
                if (!row.blank()) {
                    if (++count > MAX_ROWS) {
                        throw new Refused("roster.import.error.tooManyRows", String.valueOf(MAX_ROWS));
                    }
                    rows.accept(new Row(file + ".csv", row, columns));
                }
            }
        } catch (TabularFile.Unreadable e) {
            throw new Refused(inFile(file, e.problem()));
        } catch (IOException e) {
            throw new Refused("roster.oneroster.error.unreadable", file + ".csv");
        }
    }

    /** A problem the table reader found, placed in its file as OneRoster problems are ("users.csv: givenName"). */
    private static ImportProblem inFile(String file, ImportProblem problem) {
        String column = problem.column() == null ? file + ".csv" : file + ".csv: " + problem.column();
        return new ImportProblem(problem.row(), column, problem.value(), problem.messageKey(), problem.arguments());
    }

    private Map<String, Integer> columns(String file, Iterator<TabularFile.SourceRow> it) throws Refused {
        List<String> found;
        try {
            if (!it.hasNext()) {
                throw new Refused("roster.oneroster.error.missingColumns", file + ".csv",
                        String.join(", ", required(file)));
            }
            found = it.next().cells().stream().map(String::strip).toList();
        } catch (TabularFile.Refused e) {
            throw new Refused(inFile(file, e.problem()));
        } catch (RuntimeException e) {
            throw new Refused("roster.oneroster.error.unreadable", file + ".csv");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            columns.putIfAbsent(found.get(i), i);
        }
        return columns;
    }

    /** One data row of a OneRoster file, its cells found by header name. */
    record Row(String file, TabularFile.SourceRow source, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : source.cell(index).strip();
        }

        long number() {
            return source.number();
        }

        ImportProblem problem(String column, String messageKey, String... arguments) {
            return ImportProblem.at(number(), file + ": " + column, get(column), messageKey, arguments);
        }
    }

    @Override
    public void close() {
        deleteQuietly(directory);
    }

    private static Map<String, Mode> manifest(Path directory, ImportLimits limits, String[] version, String folder)
            throws Refused {
        Path manifest = directory.resolve("manifest.csv");
        if (!Files.exists(manifest)) {
            throw new Refused("roster.oneroster.error.noManifest", folder.isEmpty() ? "/" : folder);
        }
        Map<String, String> properties = new HashMap<>();
        try (TabularFile table = TabularFile.openCsv(manifest, limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            if (!it.hasNext() || !it.next().cells().stream().map(String::strip).toList()
                    .equals(List.of("propertyName", "value"))) {
                throw new Refused("roster.oneroster.error.header", "manifest.csv", "propertyName,value");
            }
            it.forEachRemaining(row -> properties.put(row.cell(0).strip(), row.cell(1).strip()));
        } catch (TabularFile.Unreadable | IOException | RuntimeException e) {
            throw new Refused("roster.oneroster.error.unreadable", "manifest.csv");
        }
        version[0] = properties.get("oneroster.version");
        if (!"1.2".equals(version[0]) && !"1.1".equals(version[0])) {
            throw new Refused("roster.oneroster.error.version", String.valueOf(version[0]));
        }
        Map<String, Mode> modes = new HashMap<>();
        for (String file : READ.keySet()) {
            String value = properties.getOrDefault("file." + file, "absent");
            Mode mode = switch (value) {
                case "bulk" -> Mode.BULK;
                case "delta" -> Mode.DELTA;
                case "absent" -> Mode.ABSENT;
                default -> throw new Refused("roster.oneroster.error.mode", "file." + file, value);
            };
            if (mode != Mode.ABSENT && !Files.exists(directory.resolve(file + ".csv"))) {
                throw new Refused("roster.oneroster.error.missingFile", file + ".csv");
            }
            modes.put(file, mode);
        }
        return modes;
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a temporary directory left behind is removed with the temp dir; nothing depends on it
        }
    }
}
