package org.greencustoms.elearning.content.control;

import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns a unit's Markdown into HTML that is safe to show: CommonMark (with tables) renders it, then jsoup cleans
 * it with an allow-list, which removes scripts, event handlers and any URL that is not http, https or mailto
 * (so no javascript: or data: URLs). Runs once, when a version is published.
 */
public final class MarkdownRenderer {

    private static final String BASE = "https://content.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("div", "span")
            .addTags("hr", "figure", "figcaption")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeProtocols("img", "src", "http")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    private final Parser parser = parserBuilder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();

    static Parser.Builder parserBuilder() {
        return Parser.builder().extensions(List.of(TablesExtension.create()));
    }

    /**
     * Renders Markdown to sanitised HTML.
     *
     * @param imageAddress maps an image destination as written in the Markdown to the address to serve it from
     */
    public String render(String markdown, UnaryOperator<String> imageAddress) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                image.setDestination(imageAddress.apply(image.getDestination()));
                visitChildren(image);
            }
        });
        return sanitize(renderer.render(document));
    }

    /** Cleans HTML with the allow-list; also used on its own for HTML from other sources. */
    public static String sanitize(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, output);
    }
}
