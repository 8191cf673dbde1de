package org.greencustoms.elearning.authoring.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.content.control.Problem;

/** The bank files under src/test/resources/org/greencustoms/elearning/authoring, and short ways to write texts. */
final class BankFixtures {

    private BankFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = BankFixtures.class.getResourceAsStream("/org/greencustoms/elearning/authoring/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem's message as an English-speaking author reads it. */
    static String english(Problem problem) {
        return problem.message(Locale.ENGLISH);
    }

    static LocalizedText en(String text) {
        return text == null ? null : LocalizedText.english(text);
    }

    static Choice option(String id, String text, String feedback, boolean correct, Double fraction) {
        return new Choice(id, en(text), en(feedback), correct, fraction);
    }

    static List<String> tags(String... tags) {
        return List.of(tags);
    }
}
