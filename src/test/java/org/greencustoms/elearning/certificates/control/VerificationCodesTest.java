package org.greencustoms.elearning.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodesTest {

    @Test
    void codesHaveTheDocumentedShapeAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("GC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GC-7K2M-9QXD-4HTP", "gc-7k2m-9qxd-4htp", " GC 7K2M 9QXD 4HTP ", "7K2M9QXD4HTP"})
    void whatPeopleTypeBackIsNormalised(String typed) {
        assertThat(VerificationCodes.normalise(typed)).hasValue("GC-7K2M-9QXD-4HTP");
    }

    @Test
    void lettersEasilyMisreadAreReadAsTheDigitsTheyLookLike() {
        assertThat(VerificationCodes.normalise("GC-OOOO-IIII-LLLL")).hasValue("GC-0000-1111-1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GC-", "GC-7K2M-9QXD-4HT", "GC-7K2M-9QXD-4HTPX", "GC-UUUU-0000-0000", "<script>"})
    void anythingElseIsNoCode(String typed) {
        assertThat(VerificationCodes.normalise(typed)).isEmpty();
    }

    @Test
    void nullAndHugeInputAreNoCode() {
        assertThat(VerificationCodes.normalise(null)).isEmpty();
        assertThat(VerificationCodes.normalise("A".repeat(10_000))).isEmpty();
    }
}
