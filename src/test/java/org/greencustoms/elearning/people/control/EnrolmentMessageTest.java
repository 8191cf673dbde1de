package org.greencustoms.elearning.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("EnrolmentMessage")
class EnrolmentMessageTest {

    @Test
    void keysAreDistinctAndNamespaced() {
        List<String> keys = Arrays.stream(EnrolmentMessage.values()).map(EnrolmentMessage::key).toList();

        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.startsWith("enrol.csv."));
    }

    @ParameterizedTest
    @EnumSource(EnrolmentMessage.class)
    void everyPatternFormatsWithoutLeftOverBracesOrLostQuotes(EnrolmentMessage message) {
        String text = new MessageFormat(message.english(), Locale.ENGLISH)
                .format(new Object[] {"A0", "A1", "A2", "A3"});

        assertThat(text).doesNotContain("{", "}", "''");
        assertThat(message.english().replace("''", "")).doesNotContain("'");
    }

    @Test
    void anUnknownKeyStillRendersSomething() {
        assertThat(new RowProblem(3, "", "enrol.csv.other", List.of("x")).message()).isEqualTo("enrol.csv.other [x]");
    }
}
