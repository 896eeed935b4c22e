package org.educloud.learning.submissions;

import java.util.List;
import java.util.Locale;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Upload;
import org.educloud.learning.assignments.FileKind;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.RuleViolationException;

/**
 * The rules a hand-in must meet before it is recorded, each with one responsibility and its own refusal (a message
 * key in {@code learning.properties}). {@link #checkAll} applies them in the order a student meets them: who may
 * hand in, whether the assignment still takes work, whether another attempt is allowed, then what is handed in,
 * and last each file (its kind, then its size). The first rule broken refuses the hand-in.
 */
public enum SubmissionPolicy {

    /** Only a student of the assignment's class hands work in; a teacher or parent reading it may not. */
    WHO_MAY_SUBMIT("learning.error.onlyStudentsSubmit") {
        @Override
        public void check(HandIn handIn) {
            if (!handIn.byStudentOfTheClass()) {
                throw new ForbiddenException(messageKey());
            }
        }
    },
    /** After the due time, work is taken (marked late or not) unless the late policy closes the assignment. */
    DEADLINE("learning.error.closed") {
        @Override
        public void check(HandIn handIn) {
            if (handIn.late() && handIn.rules().latePolicy() == LatePolicy.REJECT) {
                throw refusal();
            }
        }
    },
    /** A second attempt only where the teacher allows resubmission. */
    RESUBMISSION("learning.error.noResubmission") {
        @Override
        public void check(HandIn handIn) {
            if (!handIn.rules().resubmission() && handIn.earlierAttempts() > 0) {
                throw refusal();
            }
        }
    },
    /** Something is handed in: a text answer, a file, or both. */
    NOT_EMPTY("learning.error.emptySubmission") {
        @Override
        public void check(HandIn handIn) {
            if (handIn.text().isEmpty() && handIn.uploads().isEmpty()) {
                throw refusal();
            }
        }
    },
    /** A text answer only where the assignment takes text. */
    TEXT_ALLOWED("learning.error.textNotAllowed") {
        @Override
        public void check(HandIn handIn) {
            if (!handIn.text().isEmpty() && !handIn.rules().textAllowed()) {
                throw refusal();
            }
        }
    },
    /** A text answer of at most {@value #MAX_ANSWER} characters (after sanitising). */
    ANSWER_LENGTH("learning.error.answerTooLong") {
        @Override
        public void check(HandIn handIn) {
            if (handIn.text().length() > MAX_ANSWER) {
                throw refusal(MAX_ANSWER);
            }
        }
    },
    /** Files only where the assignment takes files. */
    FILES_ALLOWED("learning.error.filesNotAllowed") {
        @Override
        public void check(HandIn handIn) {
            if (!handIn.uploads().isEmpty() && !handIn.rules().filesAllowed()) {
                throw refusal();
            }
        }
    },
    /** At most {@value #MAX_FILES} files in one attempt. */
    FILE_COUNT("learning.error.tooManyFiles") {
        @Override
        public void check(HandIn handIn) {
            if (handIn.uploads().size() > MAX_FILES) {
                throw refusal(MAX_FILES);
            }
        }
    },
    /**
     * Each file of a kind the teacher allows, judged by its name's extension; a photo is taken under any of its
     * names (see {@link FileKind}).
     */
    FILE_TYPE("learning.error.fileTypeNotAllowed") {
        @Override
        void checkFile(HandIn.Rules rules, String name, long size) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!FileKind.accepted(rules.fileTypes()).contains(extension)) {
                throw refusal(name, String.join(", ", rules.fileTypes()));
            }
        }
    },
    /**
     * Each file at most the size the teacher set: checked on the size the form announces before the file is read,
     * and again on the bytes received.
     */
    FILE_SIZE("learning.error.fileTooLarge") {
        @Override
        void checkFile(HandIn.Rules rules, String name, long size) {
            if (size > rules.maxFileBytes()) {
                throw refusal(name, rules.maxFileMb());
            }
        }
    };

    public static final int MAX_FILES = 10;
    public static final int MAX_ANSWER = 50_000;

    private static final List<SubmissionPolicy> PER_FILE = List.of(FILE_TYPE, FILE_SIZE);

    private final String messageKey;

    SubmissionPolicy(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message key of this rule's refusal. */
    public String messageKey() {
        return messageKey;
    }

    /** Refuses a hand-in that breaks this rule; a rule about files applies to each of its files. */
    public void check(HandIn handIn) {
        for (Upload upload : handIn.uploads()) {
            checkFile(handIn.rules(), upload.name(), upload.size());
        }
    }

    /** Refuses one file that breaks this rule; rules about the whole hand-in take any file. */
    void checkFile(HandIn.Rules rules, String name, long size) {
    }

    /** Refuses the hand-in with the first rule it breaks: rules on the whole hand-in first, then file by file. */
    public static void checkAll(HandIn handIn) {
        for (SubmissionPolicy policy : values()) {
            if (!PER_FILE.contains(policy)) {
                policy.check(handIn);
            }
        }
        for (Upload upload : handIn.uploads()) {
            for (SubmissionPolicy policy : PER_FILE) {
                policy.checkFile(handIn.rules(), upload.name(), upload.size());
            }
        }
    }

    /** Refuses a file as received, on its actual bytes, which may differ from the size its form announced. */
    public static void checkReceived(HandIn.Rules rules, String name, long size) {
        FILE_SIZE.checkFile(rules, name, size);
    }

    DomainException refusal(Object... arguments) {
        return new RuleViolationException(messageKey, arguments);
    }
}
