package org.educloud.development.certificates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.development.TrainingCompleted;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a certificate when a teacher completes a programme, gives it to that teacher, and verifies a code for anyone.
 * A code is 20 characters of Crockford base32 from a secure random source (100 bits), so codes cannot be guessed or
 * walked; anything that is not a code on file is simply "not found". The public check is throttled per client
 * address: {@link #ATTEMPTS} per {@link #WINDOW}.
 */
@Service
@Transactional
public class Certificates {

    static final int ATTEMPTS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    private final CertificateStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(TrainingCompleted completed) {
        store.issue(newCode(), completed, completed.completedAt().atZone(SchoolYear.CHINA).toLocalDate(),
                clock.instant());
    }

    /** The caller's own certificate of a programme; anyone else's, or none, is not found. */
    @Transactional(readOnly = true)
    public Certificate mine(Scope scope, long programme) {
        return store.of(programme, scope.userId().value())
                .orElseThrow(() -> new NotFoundException("development.error.certificateNotFound"));
    }

    /** A code as typed (any case, with or without dashes and spaces); empty for anything not on file. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String typed) {
        return code(typed).flatMap(store::byCode);
    }

    /**
     * Whether what was typed has the form of a code at all: what has not is "not found" without being looked up or
     * counted, so junk from a client writes nothing.
     */
    public static boolean wellFormed(String typed) {
        return code(typed).isPresent();
    }

    private static Optional<String> code(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Once a night, on one node: forgets the attempt counts of windows that have closed. */
    @Scheduled(cron = "0 17 4 * * *")
    @SchedulerLock(name = "development.verification-windows", lockAtMostFor = "PT10M")
    public void forgetClosedWindows() {
        store.forgetWindowsOpenedBefore(clock.instant().minus(WINDOW));
    }

    /** Counts a public check from this address; false once it asked too often within the window. */
    public boolean admit(String address) {
        Instant now = clock.instant();
        return store.attempt(key(address), now, now.minus(WINDOW)) <= ATTEMPTS;
    }

    String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Addresses are kept hashed: the table only needs to tell one client from another. */
    private static String key(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("educloud-verify:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
