package org.educloud.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedRequestGuardTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "a=b&c=", "q=%E4%B8%AD%E6%96%87", "q=%e4%b8%ad", "q=中文", "q=a+b%20c", "q=%25zz"})
    void wellFormedQueriesDecode(String query) {
        assertThat(MalformedRequestGuard.decodes(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=100%", "q=%4", "q=%4g", "q=%e4%b8", "q=%ff", "q=%c0%af", "%zz=x"})
    void brokenEscapesAndNonUtf8BytesDoNot(String query) {
        assertThat(MalformedRequestGuard.decodes(query)).isFalse();
    }
}
