package org.educloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's clone holds only the repository: a test or build step that reads a file beside it (the steering
 * repository's {@code ../shared}, a developer's home) passes here and fails there. Test data lives under
 * {@code src/test/resources} and is read from the class path.
 */
class SelfContainedTest {

    /**
     * A file opened by a literal path that climbs out of the working directory or names a machine-specific folder
     * (hostile paths handed to the code under test are fine: they are not opened by the test).
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "(Path\\.of|Paths\\.get|new File|new FileInputStream|Files\\.\\w+)\\(\\s*\"(\\.\\./|/work/|/root/|/home/|~/)|"
                    + "<[a-zA-Z]+>\\.\\./");

    @Test
    void noSourceOrBuildFileReadsAPathOutsideTheRepository() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src")), Stream.of(Path.of("pom.xml")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".xml")
                            || file.toString().endsWith(".yml") || file.toString().endsWith(".properties"))
                    .filter(file -> !file.endsWith(Path.of("SelfContainedTest.java")))
                    .filter(SelfContainedTest::climbsOut)
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("files naming a path outside the repository").isEmpty();
    }

    private static boolean climbsOut(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("//"))
                    .anyMatch(line -> OUTSIDE.matcher(line).find());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
