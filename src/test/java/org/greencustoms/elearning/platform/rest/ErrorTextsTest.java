package org.greencustoms.elearning.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextsTest {

    @Test
    void anUnreadableBodyNamesTheFieldButNoClass() {
        String detail = UnreadableJsonMapper.detail("Unable to deserialize property 'roles' because of: No enum "
                + "constant org.greencustoms.elearning.people.entity.Role.NOPE");

        assertThat(detail).contains("\"roles\"").doesNotContain("org.", "Role.NOPE");
        assertThat(UnreadableJsonMapper.detail("No enum constant org.greencustoms.Role.NOPE"))
                .doesNotContain("org.").contains("allowed");
    }

    @Test
    void theFrameworksRefusalsAnswerFixedTexts() {
        assertThat(UnexpectedExceptionMapper.detail(404)).contains("/openapi");
        assertThat(UnexpectedExceptionMapper.detail(415)).contains("Content-Type");
        assertThat(UnexpectedExceptionMapper.detail(503)).contains("logged");
    }
}
