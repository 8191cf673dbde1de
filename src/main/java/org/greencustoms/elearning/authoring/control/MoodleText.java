package org.greencustoms.elearning.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.FormattedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Moodle's texts as the plain text our questions hold (they are shown escaped, never as HTML): HTML is reduced to its
 * text with paragraphs and line breaks kept, entities decoded, and a link's address kept after its text. Images and
 * files embedded with Moodle (@@PLUGINFILE@@) cannot come across; they are collected so that they can be reported.
 */
final class MoodleText {

    /** The text, and the images or files it refers to that were left out. */
    record Plain(String text, List<String> media) {
    }

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "table");
    private static final Set<String> LINES = Set.of("div", "ul", "ol", "li", "tr", "hr");
    private static final Set<String> EMBEDS = Set.of("img", "audio", "video", "source", "embed", "object", "iframe");
    private static final Pattern PLUGINFILE = Pattern.compile("@@PLUGINFILE@@/[^\\s\"'<>)]*");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)]*)\\)");

    private MoodleText() {
    }

    static Plain plain(FormattedText text) {
        if (text == null || text.text() == null) {
            return new Plain("", List.of());
        }
        return switch (text.format()) {
            case FormattedText.PLAIN, FormattedText.MARKDOWN -> raw(text.text());
            default -> fromHtml(text.text());
        };
    }

    /** A question name: Moodle's names are plain text, though some exports keep tags and entities in them. */
    static String name(String name) {
        return name == null ? "" : Jsoup.parseBodyFragment(name).text().strip();
    }

    private static Plain raw(String text) {
        List<String> media = new ArrayList<>();
        Matcher image = MARKDOWN_IMAGE.matcher(text);
        while (image.find()) {
            media.add(image.group(1));
        }
        Matcher file = PLUGINFILE.matcher(text);
        while (file.find()) {
            if (!media.contains(file.group())) {
                media.add(file.group());
            }
        }
        return new Plain(text.strip(), media);
    }

    private static Plain fromHtml(String html) {
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(html).body());
        String text = collector.text.toString().lines().map(line -> line.strip().replaceAll(" {2,}", " "))
                .reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n");
        return new Plain(text.strip(), collector.media);
    }

    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder text = new StringBuilder();
        private final List<String> media = new ArrayList<>();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText().replace('\u00a0', ' ');
                text.append(preformatted > 0 ? value : value.replaceAll("\\s+", " "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                }
                startBlock(tag);
                if (tag.equals("li")) {
                    text.append("- ");
                }
                if (tag.equals("pre")) {
                    preformatted++;
                }
                if (EMBEDS.contains(tag)) {
                    String source = element.attr("src");
                    media.add(source.isBlank() ? "<" + tag + ">" : source);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preformatted--;
                }
                startBlock(tag);
                if (tag.equals("a")) {
                    link(element);
                }
            }
        }

        /** A paragraph is set apart by a blank line, a list item or a division starts a line of its own. */
        private void startBlock(String tag) {
            boolean paragraph = PARAGRAPHS.contains(tag);
            if ((paragraph || LINES.contains(tag)) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            if (paragraph && !text.isEmpty() && !text.toString().endsWith("\n\n")) {
                text.append('\n');
            }
        }

        private void link(Element link) {
            String address = link.attr("href").strip();
            if (address.contains("@@PLUGINFILE@@")) {
                media.add(address);
            } else if (!address.isEmpty() && !address.startsWith("#") && !address.equals(link.text().strip())) {
                text.append(" (").append(address).append(')');
            }
        }
    }
}
