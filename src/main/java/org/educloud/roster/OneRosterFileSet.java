package org.educloud.roster;

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

/**
 * An uploaded OneRoster 1.2 CSV zip, unpacked into a private temporary directory: the manifest says which files
 * are there and whether each is a bulk or a delta file; each file is read as a table whose header must be the
 * binding's exactly. Unpacking is bounded by the {@link ImportLimits} (entries, inflated sizes and ratios, counted
 * while inflating) and takes plain CSV files at the top level only, so a zip bomb, a nested zip named like a CSV
 * file or a path such as {@code ../../x} is refused with a problem naming it rather than written.
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

    /** The files EduCloud reads; the others a manifest may name (results, resources, ...) are accepted and skipped. */
    static final Map<String, List<String>> READ = Map.of("orgs", ORGS, "academicSessions", ACADEMIC_SESSIONS,
            "courses", COURSES, "classes", CLASSES, "users", USERS, "roles", ROLES, "enrollments", ENROLLMENTS,
            "demographics", DEMOGRAPHICS);

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

    private OneRosterFileSet(Path directory, Map<String, Mode> modes, ImportLimits limits) {
        this.directory = directory;
        this.modes = modes;
        this.limits = limits;
    }

    /**
     * Unpacks the zip within the import limits. Only plain CSV files at the top level are taken: a folder, another
     * kind of file, or an entry named .csv that is really a zip, a workbook or other binary data is refused by name
     * (what macOS adds, {@code __MACOSX/} and {@code .DS_Store}, is passed over).
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
            ZipEntries.read(zip, limits, (entry, content) -> {
                any[0] = true;
                String name = entry.getName();
                if (name.startsWith("__MACOSX/") || name.equals(".DS_Store")) {
                    return;
                }
                if (entry.isDirectory() || name.contains("/") || name.contains("\\")) {
                    throw new Refusal(new Refused("roster.oneroster.error.folder", name));
                }
                if (!name.matches("[A-Za-z]+\\.csv")) {
                    throw new Refusal(new Refused("roster.oneroster.error.notCsvName", name));
                }
                copyText(content, directory.resolve(name), name);
            });
            if (!any[0]) {
                throw new Refused("roster.oneroster.error.notZip");
            }
            return new OneRosterFileSet(directory, manifest(directory, limits), limits);
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
     * Reads a file named by the manifest: the header must be the binding's (users.csv may add {@code metadata.*}
     * columns after it); each row goes to {@code rows} with its cells by header name.
     */
    void read(String file, Consumer<Row> rows) throws Refused {
        List<String> header = READ.get(file);
        try (TabularFile table = TabularFile.openCsv(directory.resolve(file + ".csv"), limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            Map<String, Integer> columns = columns(file, header, it);
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

    private static Map<String, Integer> columns(String file, List<String> header, Iterator<TabularFile.SourceRow> it)
            throws Refused {
        List<String> found;
        try {
            if (!it.hasNext()) {
                throw new Refused("roster.oneroster.error.header", file + ".csv", String.join(",", header));
            }
            found = it.next().cells().stream().map(String::strip).toList();
        } catch (TabularFile.Refused e) {
            throw new Refused(inFile(file, e.problem()));
        } catch (RuntimeException e) {
            throw new Refused("roster.oneroster.error.unreadable", file + ".csv");
        }
        boolean exact = found.size() >= header.size() && found.subList(0, header.size()).equals(header)
                && found.subList(header.size(), found.size()).stream().allMatch(h -> h.startsWith("metadata."));
        if (!exact) {
            throw new Refused("roster.oneroster.error.header", file + ".csv", String.join(",", header));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            columns.put(found.get(i), i);
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

    private static Map<String, Mode> manifest(Path directory, ImportLimits limits) throws Refused {
        Path manifest = directory.resolve("manifest.csv");
        if (!Files.exists(manifest)) {
            throw new Refused("roster.oneroster.error.noManifest");
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
        if (!"1.2".equals(properties.get("oneroster.version"))) {
            throw new Refused("roster.oneroster.error.version", String.valueOf(properties.get("oneroster.version")));
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
