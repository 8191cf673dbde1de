package org.greencustoms.elearning.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/learn/unit.xhtml?module=cites-wildlife", "/", "/module.xhtml?id=x&lang=fr"})
    void pathsOnThisSiteAreFollowed(String next) {
        assertThat(SignInPage.isLocalPath(next)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "learn/unit.xhtml", "/x?u=https://evil.example", "", "/learn/\n", "/learn/\r\nSet-Cookie:x=y", "/\t/evil.example",
            "/learn/index.xhtml\u0000", "/a b", "/caf\u00e9", "/\u2028", "/learn/\u007f"})
    void anythingElseIsIgnored(String next) {
        assertThat(SignInPage.isLocalPath(next)).isFalse();
    }
}
