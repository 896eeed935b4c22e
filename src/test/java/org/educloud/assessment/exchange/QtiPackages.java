package org.educloud.assessment.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips the test packages kept unzipped under src/test/resources (readable, and reviewable in a diff). */
final class QtiPackages {

    private QtiPackages() {
    }

    static Map<String, byte[]> files(String resourceFolder) throws IOException {
        Path root = Path.of("src/test/resources", resourceFolder);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static Path zip(Map<String, byte[]> files) throws IOException {
        Path zip = Files.createTempFile("qti-test", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    static Path zip(String resourceFolder) throws IOException {
        return zip(files(resourceFolder));
    }
}
