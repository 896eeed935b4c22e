package org.educloud.development.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.educloud.shared.OrgPath;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.TabularFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national framework 《教师数字素养》JY/T 0646—2022 from the file shipped in the application on start,
 * once: a second start (or a second node racing this one) finds it there, or loses the insert on the unique code and
 * version, and changes nothing. It runs before the demo data, which assesses against it. The file is read by the
 * same rules as a bureau's import, so a mistake in it stops the start rather than shipping a broken framework.
 */
@Component
@Order(5)
class NationalFramework implements ApplicationRunner {

    static final String FILE = "development/frameworks/jyt-0646-2022.csv";
    private static final Logger LOG = LoggerFactory.getLogger(NationalFramework.class);

    private final FrameworkStore store;
    private final ImportLimits limits;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NationalFramework(FrameworkStore store, ImportLimits limits, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ensure();
    }

    /** Loads the framework unless it is there; returns whether it loaded. */
    boolean ensure() throws IOException {
        if (store.exists(Frameworks.NATIONAL_CODE, Frameworks.NATIONAL_VERSION)) {
            return false;
        }
        FrameworkContent content = read();
        try {
            transactions.executeWithoutResult(status -> store.save(Frameworks.NATIONAL_CODE,
                    Frameworks.NATIONAL_VERSION, "教师数字素养", "Digital literacy of teachers", null, OrgPath.ROOT, 0,
                    clock.instant(), content));
        } catch (DuplicateKeyException e) {
            return false;
        }
        LOG.info("Loaded the national framework {} ({} indicators)", Frameworks.NATIONAL_CODE,
                content.count(ElementKind.INDICATOR));
        return true;
    }

    FrameworkContent read() throws IOException {
        Path copy = Files.createTempFile("framework", ".csv");
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (TabularFile table = TabularFile.openCsv(copy, limits)) {
                FrameworkRows.Outcome outcome = FrameworkRows.read(table.rows());
                if (!outcome.accepted()) {
                    throw new IllegalStateException("The shipped framework file " + FILE + " has problems: "
                            + outcome.problems());
                }
                return outcome.content();
            } catch (TabularFile.Unreadable e) {
                throw new IllegalStateException("The shipped framework file " + FILE + " cannot be read", e);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
