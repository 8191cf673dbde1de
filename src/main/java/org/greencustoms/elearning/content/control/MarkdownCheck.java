package org.greencustoms.elearning.content.control;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reports what in a unit's Markdown tries to run code: a script element or a javascript: link. The renderer would
 * remove them anyway; the author is told, so that what learners see is what the author wrote.
 */
final class MarkdownCheck {

    private static final Parser PARSER = MarkdownRenderer.parserBuilder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<\\s*script\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_ATTRIBUTE = Pattern.compile("(href|src)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);

    private MarkdownCheck() {
    }

    /** Browsers ignore spaces and control characters inside a scheme, so "java\tscript:" runs too. */
    static boolean runsScript(String url) {
        return url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    /** {@code firstLine} is the file line where the Markdown starts. */
    static void check(String file, String markdown, int firstLine, Problems problems) {
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                checkHtml(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                checkHtml(html, html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                if (runsScript(link.getDestination())) {
                    problems.add(file, line(link), "markdown.scriptLink", link.getDestination());
                }
                visitChildren(link);
            }

            private void checkHtml(Node node, String html) {
                if (SCRIPT_ELEMENT.matcher(html).find()) {
                    problems.add(file, line(node), "markdown.script");
                } else if (SCRIPT_ATTRIBUTE.matcher(html).find()) {
                    problems.add(file, line(node), "markdown.scriptLink", html.strip());
                }
            }

            private Integer line(Node node) {
                return node.getSourceSpans().stream().findFirst().map(SourceSpan::getLineIndex)
                        .map(index -> index + firstLine).orElse(null);
            }
        });
    }
}
