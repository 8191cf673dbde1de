package org.greencustoms.elearning.authoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Answer;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.FormattedText;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Subquestion;

/**
 * Reads one GIFT question (the lines between two blank lines) as Moodle's qformat_gift reads it: an optional
 * ::name::, the text with an optional [format], the answers between the first { and the first }, and the type
 * told from those answers (~ choice, = and -> matching, # numerical, T or F true/false, else short answer).
 */
final class GiftQuestionParser {

    private static final Pattern WEIGHT = Pattern.compile("^%(-*[0-9]{1,2}\\.?[0-9]*)%");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final Map<String, String> FORMATS = Map.of("html", FormattedText.HTML,
            "moodle", FormattedText.MOODLE, "plain", FormattedText.PLAIN, "markdown", FormattedText.MARKDOWN);
    /** The escapes, each replaced by a character no GIFT text holds while the question is taken apart. */
    private static final String[][] ESCAPES = {{"\\:", "\uE000"}, {"\\#", "\uE001"}, {"\\=", "\uE002"},
            {"\\{", "\uE003"}, {"\\}", "\uE004"}, {"\\~", "\uE005"}, {"\\n", "\uE006"}};
    private static final String[] ESCAPED = {":", "#", "=", "{", "}", "~", "\n"};
    private static final String BACKSLASH = "\uE007";

    private final BankProblems problems;
    private final int line;
    private final int position;
    private String name;
    private String defaultFormat = FormattedText.MOODLE;

    GiftQuestionParser(BankProblems problems, int line, int position) {
        this.problems = problems;
        this.line = line;
        this.position = position;
    }

    /** Replaces the escaped characters (and an escaped backslash) so that they are not taken for syntax. */
    static String protect(String text) {
        String protectedText = text.replace("\\\\", BACKSLASH);
        for (String[] escape : ESCAPES) {
            protectedText = protectedText.replace(escape[0], escape[1]);
        }
        return protectedText.replace(BACKSLASH, "\\");
    }

    static String restore(String text) {
        String restored = text;
        for (int i = 0; i < ESCAPES.length; i++) {
            restored = restored.replace(ESCAPES[i][1], ESCAPED[i]);
        }
        return restored;
    }

    /** The question, or empty when its syntax is wrong (reported). */
    Optional<MoodleQuestion> parse(String protectedText) {
        String text = protectedText;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int nameEnd = text.indexOf("::");
            if (nameEnd >= 0) {
                name = restore(text.substring(0, nameEnd)).strip();
                text = text.substring(nameEnd + 2).strip();
            }
        }
        int start = text.indexOf('{');
        int end = text.indexOf('}');
        if (start < 0 && end < 0) {
            return Optional.of(question("description", formatted(text), null, List.of(), List.of(), true));
        }
        if (start < 0 || end < start) {
            problems.braces(line, position, displayName(text));
            return Optional.empty();
        }
        String answers = text.substring(start + 1, end).strip();
        String questionText = text.endsWith("}") ? text.substring(0, start) + text.substring(end + 1)
                : text.substring(0, start) + "_____" + text.substring(end + 1);
        FormattedText prompt = formatted(questionText);
        defaultFormat = prompt.format();
        FormattedText generalFeedback = null;
        int feedbackStart = answers.lastIndexOf("####");
        if (feedbackStart >= 0) {
            generalFeedback = formatted(answers.substring(feedbackStart + 4));
            answers = answers.substring(0, feedbackStart);
        }
        if (name == null) {
            name = displayName(MoodleText.plain(prompt).text());
        }
        return typed(answers, prompt, generalFeedback);
    }

    private Optional<MoodleQuestion> typed(String answers, FormattedText prompt, FormattedText generalFeedback) {
        if (answers.isEmpty()) {
            return Optional.of(question("essay", prompt, generalFeedback, List.of(), List.of(), true));
        }
        if (answers.startsWith("#")) {
            return numerical(answers.substring(1)).map(list -> question("numerical", prompt, generalFeedback, list,
                    List.of(), true));
        }
        if (answers.contains("~")) {
            boolean single = answers.contains("=");
            return multichoice(answers).map(list -> question("multichoice", prompt, generalFeedback, list,
                    List.of(), single));
        }
        if (answers.contains("=") && answers.contains("->")) {
            return matching(answers).map(pairs -> question("matching", prompt, generalFeedback, List.of(), pairs,
                    true));
        }
        String beforeFeedback = answers.indexOf('#') > 0 ? answers.substring(0, answers.indexOf('#')).strip()
                : answers;
        if (TRUE_FALSE.contains(beforeFeedback)) {
            return Optional.of(question("truefalse", prompt, generalFeedback, trueFalse(answers), List.of(), true));
        }
        return shortAnswers(answers).map(list -> question("shortanswer", prompt, generalFeedback, list, List.of(),
                true));
    }

    private Optional<List<Answer>> multichoice(String answerText) {
        List<String> parts = parts(answerText.replace("=", "~="), "~");
        if (parts.size() < 2) {
            problems.tooFewAnswers(line, position, name, 2);
            return Optional.empty();
        }
        List<Answer> answers = new ArrayList<>();
        for (String part : parts) {
            String answer = part.strip();
            String percent = "0";
            if (answer.startsWith("=")) {
                percent = "100";
                answer = answer.substring(1);
            } else {
                Matcher weight = WEIGHT.matcher(answer);
                if (weight.find()) {
                    percent = weight.group(1);
                    answer = answer.substring(weight.end());
                }
            }
            answers.add(withFeedback(answer, percent));
        }
        return Optional.of(answers);
    }

    private Optional<List<Subquestion>> matching(String answerText) {
        List<String> parts = parts(answerText, "=");
        if (parts.size() < 2) {
            problems.tooFewAnswers(line, position, name, 2);
            return Optional.empty();
        }
        List<Subquestion> pairs = new ArrayList<>();
        for (String part : parts) {
            String answer = part.strip();
            int arrow = answer.indexOf("->");
            if (arrow < 0) {
                problems.matchingWithoutArrow(line, position, name, restore(answer));
                return Optional.empty();
            }
            pairs.add(new Subquestion(formatted(answer.substring(0, arrow).strip()),
                    restore(answer.substring(arrow + 2)).strip()));
        }
        return Optional.of(pairs);
    }

    /** T#feedback when wrong#feedback when right, as Moodle's split_truefalse_comment reads it. */
    private List<Answer> trueFalse(String answerText) {
        String[] bits = answerText.split("#", 3);
        boolean isTrue = Set.of("T", "TRUE").contains(restore(bits[0]).strip());
        FormattedText whenWrong = bits.length > 1 ? formatted(bits[1].strip()) : null;
        FormattedText whenRight = bits.length > 2 ? formatted(bits[2].strip()) : null;
        return List.of(new Answer(FormattedText.plain("true"), isTrue ? "100" : "0", isTrue ? whenRight : whenWrong,
                        null),
                new Answer(FormattedText.plain("false"), isTrue ? "0" : "100", isTrue ? whenWrong : whenRight, null));
    }

    private Optional<List<Answer>> shortAnswers(String answerText) {
        List<String> parts = parts(answerText, "=");
        if (parts.isEmpty()) {
            problems.tooFewAnswers(line, position, name, 1);
            return Optional.empty();
        }
        List<Answer> answers = new ArrayList<>();
        for (String part : parts) {
            Answer answer = weighted(part.strip());
            answers.add(new Answer(FormattedText.plain(answer.text().text()), answer.percent(), answer.feedback(),
                    null));
        }
        return Optional.of(answers);
    }

    /** #answer:tolerance or #min..max, several with =, and a ~ for the feedback of any other answer. */
    private Optional<List<Answer>> numerical(String answerText) {
        String otherFeedback = null;
        String rights = answerText;
        int tilde = answerText.indexOf('~');
        if (tilde >= 0) {
            otherFeedback = answerText.substring(tilde);
            rights = answerText.substring(0, tilde);
        }
        List<String> parts = parts(rights, "=");
        if (parts.isEmpty()) {
            problems.tooFewAnswers(line, position, name, 1);
            return Optional.empty();
        }
        List<Answer> answers = new ArrayList<>();
        for (String part : parts) {
            Answer answer = weighted(part.strip());
            String value = answer.text().text();
            String number;
            String tolerance = "0";
            if (value.indexOf("..") > 0) {
                String min = value.substring(0, value.indexOf("..")).strip();
                String max = value.substring(value.indexOf("..") + 2).strip();
                if (!isNumber(min) || !isNumber(max)) {
                    problems.notANumber(line, position, name, value);
                    return Optional.empty();
                }
                double middle = (Double.parseDouble(max) + Double.parseDouble(min)) / 2;
                number = Double.toString(middle);
                tolerance = Double.toString(Double.parseDouble(max) - middle);
            } else if (value.indexOf(':') > 0) {
                number = value.substring(0, value.indexOf(':')).strip();
                tolerance = value.substring(value.indexOf(':') + 1).strip();
            } else {
                number = value.strip();
            }
            if (!(isNumber(number) || number.equals("*")) || !isNumber(tolerance)) {
                problems.notANumber(line, position, name, value);
                return Optional.empty();
            }
            answers.add(new Answer(FormattedText.plain(number), answer.percent(), answer.feedback(),
                    Double.parseDouble(tolerance)));
        }
        if (otherFeedback != null) {
            answers.add(new Answer(FormattedText.plain("*"), "0", feedbackOf(otherFeedback), null));
        }
        return Optional.of(answers);
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** A short or numerical answer: full credit unless a %weight% says otherwise. */
    private Answer weighted(String answer) {
        Matcher weight = WEIGHT.matcher(answer);
        if (weight.find()) {
            return withFeedback(answer.substring(weight.end()), weight.group(1));
        }
        return withFeedback(answer, "100");
    }

    /** answer#feedback, as Moodle's commentparser splits it. */
    private Answer withFeedback(String answer, String percent) {
        String[] bits = answer.split("#", 2);
        return new Answer(formatted(bits[0].strip()), percent, bits.length > 1 ? formatted(bits[1].strip()) : null,
                null);
    }

    private FormattedText feedbackOf(String otherAnswer) {
        String[] bits = otherAnswer.split("#", 2);
        return bits.length > 1 ? formatted(bits[1].strip()) : null;
    }

    /** The parts between separators, the first one dropped when blank (the text before the first separator). */
    private static List<String> parts(String text, String separator) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(separator), -1)));
        if (!parts.isEmpty() && parts.get(0).isBlank()) {
            parts.remove(0);
        }
        return parts;
    }

    /** A text with its optional [format] marker; without one it has the question text's format. */
    private FormattedText formatted(String raw) {
        if (raw.startsWith("[") && raw.indexOf(']') > 0) {
            String format = FORMATS.get(raw.substring(1, raw.indexOf(']')));
            if (format != null) {
                return new FormattedText(restore(raw.substring(raw.indexOf(']') + 1)).strip(), format);
            }
        }
        return new FormattedText(restore(raw).strip(), defaultFormat);
    }

    private String displayName(String text) {
        if (name != null) {
            return name;
        }
        String firstLine = restore(text).lines().findFirst().orElse("").strip();
        return firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine;
    }

    private MoodleQuestion question(String type, FormattedText prompt, FormattedText generalFeedback,
            List<Answer> answers, List<Subquestion> subquestions, boolean single) {
        return new MoodleQuestion(line, type, name == null ? displayName(prompt.text()) : name, null, prompt,
                generalFeedback, 1, single, answers, subquestions, List.of(), false, List.of(), List.of());
    }
}
