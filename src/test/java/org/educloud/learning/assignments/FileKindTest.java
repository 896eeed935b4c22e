package org.educloud.learning.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The file kinds a teacher may allow, and the names students' devices give them. */
class FileKindTest {

    @Test
    void aTeacherMayTypeAKindInAnyCaseWithOrWithoutItsDot() {
        assertThat(FileKind.named(" .PDF ")).contains(FileKind.PDF);
        assertThat(FileKind.named("docx")).contains(FileKind.DOCX);
    }

    @Test
    void aKindWeDoNotTakeIsNotNamed() {
        assertThat(FileKind.named("exe")).isEmpty();
        assertThat(FileKind.named("")).isEmpty();
    }

    @Test
    void theChoicesListEveryKindInTheOrderTeachersSeeThem() {
        assertThat(FileKind.choices()).isEqualTo("pdf, doc, docx, ppt, pptx, xls, xlsx, txt, jpg, jpeg, heic, heif, "
                + "png, gif, mp3, m4a, mp4, webm");
    }

    @Test
    void allowingAPhotoUnderOneNameAcceptsItUnderEveryName() {
        assertThat(FileKind.accepted(List.of("pdf", "jpg"))).containsExactly("pdf", "jpg", "jpeg", "heic", "heif");
        assertThat(FileKind.accepted(List.of("heic"))).containsExactlyInAnyOrder("heic", "jpg", "jpeg", "heif");
    }

    @Test
    void otherKindsAreAcceptedOnlyUnderTheirOwnName() {
        assertThat(FileKind.accepted(List.of("pdf", "png"))).containsExactly("pdf", "png");
    }
}
