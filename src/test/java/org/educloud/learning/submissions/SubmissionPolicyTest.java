package org.educloud.learning.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Upload;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The submission policies, one rule at a time: what each takes, what it refuses, and with which message. */
class SubmissionPolicyTest {

    private static final Instant DUE = Instant.parse("2026-12-07T10:00:00Z");
    private static final long MB = 1024L * 1024L;

    /** An assignment that takes text and photos or PDFs up to 5 MB, one attempt, late work refused. */
    private static HandIn.Rules rules() {
        return new HandIn.Rules(DUE, LatePolicy.REJECT, false, true, true, List.of("pdf", "jpg"), 5);
    }

    /** A student's first, on-time hand-in of a short text answer. */
    private static HandIn handIn() {
        return new HandIn(true, rules(), DUE.minus(Duration.ofHours(1)), 0, "我的答案", List.of());
    }

    private static Upload file(String name, long size) {
        return new Upload(name, size, new ByteArrayResource(new byte[0]));
    }

    private static DomainException refusal(SubmissionPolicy policy, HandIn handIn) {
        return catchThrowableOfType(DomainException.class, () -> policy.check(handIn));
    }

    private static void takes(SubmissionPolicy policy, HandIn handIn) {
        assertThatCode(() -> policy.check(handIn)).doesNotThrowAnyException();
    }

    @Nested
    class WhoMaySubmit {

        @Test
        void aStudentOfTheClassHandsIn() {
            takes(SubmissionPolicy.WHO_MAY_SUBMIT, handIn());
        }

        @Test
        void anyoneElseIsForbidden() {
            HandIn byParent = new HandIn(false, rules(), DUE, 0, "", List.of());
            assertThat(refusal(SubmissionPolicy.WHO_MAY_SUBMIT, byParent)).isInstanceOf(ForbiddenException.class)
                    .extracting(DomainException::messageKey).isEqualTo("learning.error.onlyStudentsSubmit");
        }
    }

    @Nested
    class Deadline {

        private HandIn at(Instant at, LatePolicy policy) {
            HandIn.Rules r = rules();
            return new HandIn(true, new HandIn.Rules(r.dueAt(), policy, r.resubmission(), r.textAllowed(),
                    r.filesAllowed(), r.fileTypes(), r.maxFileMb()), at, 0, "答案", List.of());
        }

        @Test
        void workAtTheDueTimeIsOnTime() {
            HandIn onTheDot = at(DUE, LatePolicy.REJECT);
            assertThat(onTheDot.late()).isFalse();
            takes(SubmissionPolicy.DEADLINE, onTheDot);
        }

        @Test
        void lateWorkIsRefusedWhenThePolicyClosesTheAssignment() {
            assertThat(refusal(SubmissionPolicy.DEADLINE, at(DUE.plusSeconds(1), LatePolicy.REJECT)))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(DomainException::messageKey).isEqualTo("learning.error.closed");
        }

        @Test
        void lateWorkIsTakenAndMarkedOnlyWhereThePolicySaysSo() {
            HandIn marked = at(DUE.plusSeconds(1), LatePolicy.ACCEPT_MARKED);
            HandIn accepted = at(DUE.plusSeconds(1), LatePolicy.ACCEPT);
            takes(SubmissionPolicy.DEADLINE, marked);
            takes(SubmissionPolicy.DEADLINE, accepted);
            assertThat(marked.markedLate()).isTrue();
            assertThat(accepted.markedLate()).as("accepted as if on time").isFalse();
        }
    }

    @Nested
    class Resubmission {

        private HandIn attempt(boolean resubmission, int earlier) {
            HandIn.Rules r = rules();
            return new HandIn(true, new HandIn.Rules(r.dueAt(), r.latePolicy(), resubmission, r.textAllowed(),
                    r.filesAllowed(), r.fileTypes(), r.maxFileMb()), DUE, earlier, "答案", List.of());
        }

        @Test
        void theFirstAttemptIsAlwaysTaken() {
            takes(SubmissionPolicy.RESUBMISSION, attempt(false, 0));
        }

        @Test
        void anotherAttemptOnlyWhereTheTeacherAllowsIt() {
            takes(SubmissionPolicy.RESUBMISSION, attempt(true, 3));
            assertThat(refusal(SubmissionPolicy.RESUBMISSION, attempt(false, 1)).messageKey())
                    .isEqualTo("learning.error.noResubmission");
        }
    }

    @Nested
    class NotEmpty {

        @Test
        void nothingHandedInIsRefused() {
            HandIn empty = new HandIn(true, rules(), DUE, 0, "", List.of());
            assertThat(refusal(SubmissionPolicy.NOT_EMPTY, empty).messageKey())
                    .isEqualTo("learning.error.emptySubmission");
        }

        @Test
        void aFileAloneIsSomething() {
            takes(SubmissionPolicy.NOT_EMPTY, new HandIn(true, rules(), DUE, 0, "", List.of(file("a.pdf", 1))));
        }
    }

    @Nested
    class TextAllowed {

        @Test
        void textIsRefusedWhereOnlyFilesAreTaken() {
            HandIn.Rules r = rules();
            HandIn.Rules filesOnly = new HandIn.Rules(r.dueAt(), r.latePolicy(), false, false, true, r.fileTypes(),
                    r.maxFileMb());
            assertThat(refusal(SubmissionPolicy.TEXT_ALLOWED, new HandIn(true, filesOnly, DUE, 0, "答案", List.of()))
                    .messageKey()).isEqualTo("learning.error.textNotAllowed");
            takes(SubmissionPolicy.TEXT_ALLOWED, new HandIn(true, filesOnly, DUE, 0, "", List.of(file("a.pdf", 1))));
        }
    }

    @Nested
    class AnswerLength {

        @Test
        void anAnswerUpToTheLimitIsTakenOneCharacterMoreIsNot() {
            String longest = "字".repeat(SubmissionPolicy.MAX_ANSWER);
            takes(SubmissionPolicy.ANSWER_LENGTH, new HandIn(true, rules(), DUE, 0, longest, List.of()));
            DomainException refused = refusal(SubmissionPolicy.ANSWER_LENGTH,
                    new HandIn(true, rules(), DUE, 0, longest + "字", List.of()));
            assertThat(refused.messageKey()).isEqualTo("learning.error.answerTooLong");
            assertThat(refused.arguments()).containsExactly(SubmissionPolicy.MAX_ANSWER);
        }
    }

    @Nested
    class FilesAllowed {

        @Test
        void filesAreRefusedWhereOnlyTextIsTaken() {
            HandIn.Rules r = rules();
            HandIn.Rules textOnly = new HandIn.Rules(r.dueAt(), r.latePolicy(), false, true, false, List.of(),
                    r.maxFileMb());
            assertThat(refusal(SubmissionPolicy.FILES_ALLOWED,
                    new HandIn(true, textOnly, DUE, 0, "", List.of(file("a.pdf", 1)))).messageKey())
                    .isEqualTo("learning.error.filesNotAllowed");
            takes(SubmissionPolicy.FILES_ALLOWED, new HandIn(true, textOnly, DUE, 0, "答案", List.of()));
        }
    }

    @Nested
    class FileCount {

        @Test
        void atMostTenFilesInOneAttempt() {
            List<Upload> ten = new ArrayList<>(Collections.nCopies(SubmissionPolicy.MAX_FILES, file("p.jpg", 1)));
            takes(SubmissionPolicy.FILE_COUNT, new HandIn(true, rules(), DUE, 0, "", ten));
            ten.add(file("p.jpg", 1));
            DomainException refused = refusal(SubmissionPolicy.FILE_COUNT, new HandIn(true, rules(), DUE, 0, "", ten));
            assertThat(refused.messageKey()).isEqualTo("learning.error.tooManyFiles");
            assertThat(refused.arguments()).containsExactly(SubmissionPolicy.MAX_FILES);
        }
    }

    @Nested
    class FileType {

        private HandIn with(String name) {
            return new HandIn(true, rules(), DUE, 0, "", List.of(file(name, 1)));
        }

        @Test
        void aFileOfAnAllowedKindIsTakenWhateverTheCaseOfItsExtension() {
            takes(SubmissionPolicy.FILE_TYPE, with("作业.PDF"));
        }

        @Test
        void aPhotoIsTakenUnderAnyOfItsNames() {
            takes(SubmissionPolicy.FILE_TYPE, with("IMG_0001.HEIC"));
            takes(SubmissionPolicy.FILE_TYPE, with("photo.jpeg"));
        }

        @Test
        void anotherKindOrNoExtensionIsRefusedNamingTheAllowedKinds() {
            DomainException refused = refusal(SubmissionPolicy.FILE_TYPE, with("作业.docx"));
            assertThat(refused.messageKey()).isEqualTo("learning.error.fileTypeNotAllowed");
            assertThat(refused.arguments()).containsExactly("作业.docx", "pdf, jpg");
            assertThat(refusal(SubmissionPolicy.FILE_TYPE, with("作业"))).isNotNull();
        }
    }

    @Nested
    class FileSize {

        @Test
        void aFileUpToTheTeachersLimitIsTakenOneByteMoreIsNot() {
            takes(SubmissionPolicy.FILE_SIZE, new HandIn(true, rules(), DUE, 0, "", List.of(file("a.pdf", 5 * MB))));
            DomainException refused = refusal(SubmissionPolicy.FILE_SIZE,
                    new HandIn(true, rules(), DUE, 0, "", List.of(file("a.pdf", 5 * MB + 1))));
            assertThat(refused.messageKey()).isEqualTo("learning.error.fileTooLarge");
            assertThat(refused.arguments()).containsExactly("a.pdf", 5);
        }

        @Test
        void theBytesReceivedAreJudgedAgainWhateverTheFormAnnounced() {
            assertThat(catchThrowableOfType(RuleViolationException.class,
                    () -> SubmissionPolicy.checkReceived(rules(), "a.pdf", 5 * MB + 1)).messageKey())
                    .isEqualTo("learning.error.fileTooLarge");
        }
    }

    @Nested
    class AllTogether {

        @Test
        void aGoodHandInMeetsEveryRule() {
            assertThatCode(() -> SubmissionPolicy.checkAll(handIn())).doesNotThrowAnyException();
        }

        @Test
        void theFirstRuleBrokenInTheOrderAStudentMeetsThemRefuses() {
            HandIn lateSecondAttemptByAParent = new HandIn(false, rules(), DUE.plusSeconds(60), 1, "", List.of());
            assertThat(catchThrowableOfType(DomainException.class,
                    () -> SubmissionPolicy.checkAll(lateSecondAttemptByAParent)).messageKey())
                    .isEqualTo("learning.error.onlyStudentsSubmit");
            HandIn lateSecondAttempt = new HandIn(true, rules(), DUE.plusSeconds(60), 1, "", List.of());
            assertThat(catchThrowableOfType(DomainException.class,
                    () -> SubmissionPolicy.checkAll(lateSecondAttempt)).messageKey()).isEqualTo("learning.error.closed");
        }

        @Test
        void eachFileIsJudgedOnItsKindBeforeItsSize() {
            HandIn twoBadFiles = new HandIn(true, rules(), DUE, 0, "", List.of(file("big.pdf", 6 * MB),
                    file("a.exe", 1)));
            assertThat(catchThrowableOfType(DomainException.class,
                    () -> SubmissionPolicy.checkAll(twoBadFiles)).messageKey()).isEqualTo("learning.error.fileTooLarge");
        }
    }
}
