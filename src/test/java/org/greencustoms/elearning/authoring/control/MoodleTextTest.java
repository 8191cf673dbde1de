package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.FormattedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MoodleText turns Moodle's texts into the plain text questions hold")
class MoodleTextTest {

    private static MoodleText.Plain html(String html) {
        return MoodleText.plain(new FormattedText(html, FormattedText.HTML));
    }

    @Test
    @DisplayName("paragraphs and line breaks are kept, spaces collapsed, entities and non-breaking spaces decoded")
    void keepsTheShapeOfTheText() {
        assertThat(html("<p dir=\"ltr\">First&nbsp;line<br>second   line</p>\n<p>x &lt; y &amp;&amp; z</p>").text())
                .isEqualTo("First line\nsecond line\n\nx < y && z");
    }

    @Test
    @DisplayName("list items become dashes; a link keeps its address after its text")
    void listsAndLinks() {
        assertThat(html("<ul><li>One</li><li>Two</li></ul><a href=\"https://www.basel.int\">Basel</a>").text())
                .isEqualTo("- One\n- Two\nBasel (https://www.basel.int)");
    }

    @Test
    @DisplayName("images and files stored in Moodle are collected to be reported, not kept")
    void collectsMedia() {
        MoodleText.Plain plain = html("See <img src=\"@@PLUGINFILE@@/label.png\" alt=\"label\"> and "
                + "<a href=\"@@PLUGINFILE@@/permit.pdf\">the permit</a>.");

        assertThat(plain.text()).isEqualTo("See and the permit.");
        assertThat(plain.media()).containsExactly("@@PLUGINFILE@@/label.png", "@@PLUGINFILE@@/permit.pdf");
    }

    @Test
    @DisplayName("plain and Markdown texts are kept as written, their images found all the same")
    void plainAndMarkdown() {
        assertThat(MoodleText.plain(FormattedText.plain("a <b> & c")).text()).isEqualTo("a <b> & c");
        assertThat(MoodleText.plain(new FormattedText("Look: ![seal](@@PLUGINFILE@@/seal.png)",
                FormattedText.MARKDOWN)).media()).isEqualTo(List.of("@@PLUGINFILE@@/seal.png"));
    }

    @Test
    @DisplayName("question names lose the tags and entities some exports leave in them")
    void names() {
        assertThat(MoodleText.name("Question with <strong>invalid grades</strong> : x &gt; 1"))
                .isEqualTo("Question with invalid grades : x > 1");
    }
}
