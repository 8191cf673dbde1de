package org.greencustoms.elearning.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a question bank written in Moodle's GIFT format, as Moodle's own import reads it: questions separated by
 * blank lines, // comment lines, $CATEGORY: lines setting the category of the questions after them.
 */
public final class GiftReader {

    private static final String CATEGORY = "$CATEGORY:";

    private GiftReader() {
    }

    public static BankImport read(String fileName, byte[] bytes) {
        return read(fileName, bytes, Set.of());
    }

    /** @param idsInUse ids the module's quiz already has, which imported questions must not take */
    public static BankImport read(String fileName, byte[] bytes, Set<String> idsInUse) {
        BankProblems problems = new BankProblems(fileName);
        Optional<String> text = problems.text(bytes);
        if (text.isEmpty()) {
            return new BankImport(List.of(), problems.all());
        }
        BankQuestions questions = new BankQuestions(problems, idsInUse);
        String category = null;
        for (Block block : blocks(text.get())) {
            String protectedText = GiftQuestionParser.protect(block.text());
            if (protectedText.startsWith(CATEGORY)) {
                category = GiftQuestionParser.restore(protectedText.substring(CATEGORY.length())).strip();
                continue;
            }
            String inCategory = category;
            new GiftQuestionParser(problems, block.line(), questions.count() + 1).parse(protectedText)
                    .ifPresentOrElse(question -> questions.add(question, inCategory), questions::skip);
        }
        if (questions.count() == 0) {
            problems.noQuestions();
        }
        return new BankImport(questions.imported(), problems.all());
    }

    /** A question's lines, trimmed and joined, comment lines blanked; {@code line} is its first non-comment line. */
    private record Block(int line, String text) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int first = 0;
        int number = 0;
        for (String raw : text.split("\\R", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                addBlock(blocks, first, lines);
                lines.clear();
                first = 0;
            } else if (line.startsWith("//")) {
                lines.add(" ");
            } else {
                first = first == 0 ? number : first;
                lines.add(line);
            }
        }
        addBlock(blocks, first, lines);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, int first, List<String> lines) {
        String joined = String.join("\n", lines).strip();
        if (!joined.isEmpty()) {
            blocks.add(new Block(first, joined));
        }
    }
}
