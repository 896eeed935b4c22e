package org.educloud.roster;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded OneRoster 1.2 CSV zip, unpacked into a private temporary directory: the manifest says which files
 * are there and whether each is a bulk or a delta file; each file is read as a table whose header must be the
 * binding's exactly. Unpacking is bounded (known file names only, a total size cap), so a zip bomb or a path
 * such as {@code ../../x} is refused rather than written.
 */
final class OneRosterFileSet implements Closeable {

    enum Mode { BULK, DELTA, ABSENT }

    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
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
            super(messageKey);
            this.problem = ImportProblem.ofFile(messageKey, arguments);
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private final Path directory;
    private final Map<String, Mode> modes;

    private OneRosterFileSet(Path directory, Map<String, Mode> modes) {
        this.directory = directory;
        this.modes = modes;
    }

    static OneRosterFileSet unpack(Path zip) throws Refused {
        Path directory;
        try {
            directory = Files.createTempDirectory("oneroster");
        } catch (IOException e) {
            throw new IllegalStateException("no temporary directory", e);
        }
        try {
            long total = 0;
            boolean any = false;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    any = true;
                    String name = entry.getName();
                    // Skipped entries are inflated too (to reach the next one), so they count against the cap.
                    Path target = entry.isDirectory() || !name.matches("[A-Za-z]+\\.csv") ? null
                            : directory.resolve(name);
                    total += copyBounded(in, target, MAX_UNPACKED_BYTES - total);
                }
            }
            if (!any) {
                throw new Refused("roster.oneroster.error.notZip");
            }
            return new OneRosterFileSet(directory, manifest(directory));
        } catch (IOException | IllegalArgumentException e) {
            deleteQuietly(directory);
            throw new Refused("roster.oneroster.error.notZip");
        } catch (Refused e) {
            deleteQuietly(directory);
            throw e;
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
        try (TabularFile table = TabularFile.open(directory.resolve(file + ".csv"))) {
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
        } catch (TabularFile.Unreadable | IOException e) {
            throw new Refused("roster.oneroster.error.unreadable", file + ".csv");
        }
    }

    private static Map<String, Integer> columns(String file, List<String> header, Iterator<TabularFile.SourceRow> it)
            throws Refused {
        List<String> found;
        try {
            if (!it.hasNext()) {
                throw new Refused("roster.oneroster.error.header", file + ".csv", String.join(",", header));
            }
            found = it.next().cells().stream().map(String::strip).toList();
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

    private static Map<String, Mode> manifest(Path directory) throws Refused {
        Path manifest = directory.resolve("manifest.csv");
        if (!Files.exists(manifest)) {
            throw new Refused("roster.oneroster.error.noManifest");
        }
        Map<String, String> properties = new HashMap<>();
        try (TabularFile table = TabularFile.open(manifest)) {
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

    private static long copyBounded(InputStream in, @Nullable Path target, long budget) throws IOException, Refused {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > budget) {
                    throw new Refused("roster.oneroster.error.tooLarge");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
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
