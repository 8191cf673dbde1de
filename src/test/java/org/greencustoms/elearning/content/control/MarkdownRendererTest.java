package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("MarkdownRenderer")
class MarkdownRendererTest {

    private static final String MEDIA_BASE = ModuleVersion.mediaBase("mini-module", 3);
    private static final UnaryOperator<String> SERVED_FROM_MEDIA =
            destination -> DraftStager.imageAddress(MEDIA_BASE, destination);

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(String markdown) {
        return renderer.render(markdown, SERVED_FROM_MEDIA);
    }

    @Nested
    @DisplayName("removes what could run code")
    class Removes {

        @Test
        void scriptTagsWithTheirContent() {
            String html = render("Before\n\n<script>alert('x')</script>\n\nAfter <script src=\"https://evil.example/x.js\"></script>");

            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert", "evil.example")
                    .contains("<p>Before</p>", "After");
        }

        @Test
        void eventHandlerAttributes() {
            String html = render("""
                    <p onclick="steal()" onmouseover="steal()">Click me</p>

                    <img src="https://example.org/a.png" alt="A" onerror="steal()">

                    <a href="https://example.org" onfocus="steal()">link</a>
                    """);

            assertThat(html).doesNotContainIgnoringCase("onclick", "onmouseover", "onerror", "onfocus")
                    .doesNotContain("steal")
                    .contains("<p>Click me</p>", "<img src=\"https://example.org/a.png\" alt=\"A\">", ">link</a>");
        }

        @Test
        void javascriptLinks() {
            String html = render("""
                    [Markdown link](javascript:alert(1))

                    <a href="javascript:alert(2)">html link</a>

                    <a href="JaVaScRiPt:alert(3)">mixed case</a>
                    """);

            assertThat(html).doesNotContainIgnoringCase("javascript", "alert")
                    .contains(">Markdown link</a>", ">html link</a>", ">mixed case</a>");
        }

        @Test
        void dataUrlsInLinksAndImages() {
            String html = render("""
                    [download](data:text/html;base64,PHNjcmlwdD4=)

                    ![pixel](data:image/png;base64,iVBORw0KGgo=)

                    <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">
                    """);

            assertThat(html).doesNotContain("data:", "base64").contains(">download</a>");
        }

        @Test
        void linksWithOtherSchemes() {
            String html = render("[file](file:///etc/passwd) [vb](vbscript:msgbox) [ftp](ftp://example.org/x.pdf)");

            assertThat(html).doesNotContain("file:", "vbscript", "ftp:").contains(">file</a>", ">vb</a>", ">ftp</a>");
        }

        @Test
        void framesStylesAndForms() {
            String html = render("""
                    <iframe src="https://evil.example"></iframe>

                    <style>body { display: none }</style>

                    <form action="https://evil.example"><input name="password"></form>

                    <p style="position: fixed">Text</p>
                    """);

            assertThat(html).doesNotContain("iframe", "<style", "display: none", "<form", "<input", "style=")
                    .contains("<p>Text</p>");
        }

        @Test
        void httpImagesFromPageHtmlAreNotMixedIn() {
            assertThat(MarkdownRenderer.sanitize("<img src=\"http://example.org/a.png\" alt=\"a\">"))
                    .doesNotContain("http://");
        }
    }

    @Nested
    @DisplayName("keeps ordinary content")
    class Keeps {

        @Test
        void headingsAndEmphasis() {
            String html = render("# Title\n\n## Section\n\nSome **bold**, *italic* and ~plain~ text.");

            assertThat(html).contains("<h1>Title</h1>", "<h2>Section</h2>", "<strong>bold</strong>",
                    "<em>italic</em>");
        }

        @Test
        void lists() {
            String html = render("- one\n- two\n\n1. first\n2. second\n");

            assertThat(html).contains("<ul>", "<li>one</li>", "<li>two</li>", "<ol>", "<li>first</li>", "</ol>");
        }

        @Test
        void httpHttpsAndMailtoLinksWithNoopener() {
            String html = render("[Basel](https://www.basel.int) [old](http://example.org/page) "
                    + "[mail](mailto:help@example.org) [next unit](02-documents.md)");

            assertThat(html).contains(
                    "<a href=\"https://www.basel.int\" rel=\"noopener noreferrer\">Basel</a>",
                    "<a href=\"http://example.org/page\" rel=\"noopener noreferrer\">old</a>",
                    "<a href=\"mailto:help@example.org\" rel=\"noopener noreferrer\">mail</a>",
                    "<a href=\"02-documents.md\" rel=\"noopener noreferrer\">next unit</a>");
        }

        @Test
        void codeAndBlockquote() {
            String html = render("""
                    Use `HS 8549` here.

                        indented code

                    ```yaml
                    answer: a
                    ```

                    > A quoted rule.
                    """);

            assertThat(html).contains("<code>HS 8549</code>", "<pre><code>indented code", "answer: a",
                    "<blockquote>", "A quoted rule.", "</blockquote>");
        }

        @Test
        void gfmTablesWithAlignment() {
            String html = render("""
                    | Annex | Entry | PIC |
                    |:---|---|---:|
                    | VIII | A1181 | Yes |
                    """);

            assertThat(html).contains("<table>", "<thead>", "<tbody>", "<th align=\"left\">Annex</th>",
                    "<th>Entry</th>", "<th align=\"right\">PIC</th>", "<td align=\"left\">VIII</td>",
                    "<td>A1181</td>", "</table>");
        }

        @Test
        void localImagesRewrittenToTheMediaAddress() {
            String html = render("![E-waste route](../media/e-waste-flow.png \"Route\")");

            assertThat(html).contains(
                    "<img src=\"/media/mini-module/3/e-waste-flow.png\" alt=\"E-waste route\" title=\"Route\">");
        }

        @Test
        void imagesInSubfoldersAndWithSpaces() {
            String html = render("![A](../media/maps/route.png) ![B](<../media/e waste.png>)");

            assertThat(html).contains("src=\"/media/mini-module/3/maps/route.png\"",
                    "src=\"/media/mini-module/3/e%20waste.png\"");
        }

        @Test
        void httpsImagesUnchanged() {
            String html = render("![Map](https://example.org/map.png)");

            assertThat(html).contains("<img src=\"https://example.org/map.png\" alt=\"Map\">");
        }

        @Test
        void imageAddressFunctionSeesEveryImageAsWritten() {
            StringBuilder seen = new StringBuilder();

            renderer.render("![a](../media/a.png) text ![b](https://example.org/b.png)", destination -> {
                seen.append(destination).append(' ');
                return destination;
            });

            assertThat(seen).hasToString("../media/a.png https://example.org/b.png ");
        }

        @Test
        void safeRawHtml() {
            String html = render("""
                    <p>Line<br>break, <sub>2</sub>, <sup>3</sup>, <b>b</b>, <i>i</i>, <u>u</u></p>

                    <figure><img src="../media/x.png" alt="x"><figcaption>Caption</figcaption></figure>

                    ---
                    """);

            assertThat(html).contains("<br>", "<sub>2</sub>", "<sup>3</sup>", "<b>b</b>", "<i>i</i>", "<u>u</u>",
                    "<figure>", "<figcaption>Caption</figcaption>", "<hr>");
        }

        @Test
        void escapesTextThatLooksLikeHtml() {
            assertThat(render("Use 5 < 6 & `a<b`")).contains("5 &lt; 6 &amp;", "<code>a&lt;b</code>");
        }
    }
}
