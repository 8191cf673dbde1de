package org.greencustoms.elearning.authoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Answer;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.FormattedText;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Subquestion;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Unit;
import org.xml.sax.SAXParseException;

/**
 * Imports a question bank exported from Moodle (or Totara) in the Moodle XML format: a {@code <quiz>} of
 * {@code <question type="...">} elements, where a category question sets the category of the questions after it.
 */
public final class MoodleXmlReader {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE");
    /** The texts Moodle fills in itself for the combined feedback: they say nothing the review does not show. */
    private static final Set<String> STANDARD_FEEDBACK = Set.of("Your answer is correct.",
            "Your answer is partially correct.", "Your answer is incorrect.");
    private static final List<String> COMBINED_FEEDBACK = List.of("correctfeedback", "partiallycorrectfeedback",
            "incorrectfeedback");

    private MoodleXmlReader() {
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
        Optional<XmlElement> root = parse(text.get(), problems);
        if (root.isEmpty()) {
            return new BankImport(List.of(), problems.all());
        }
        if (!root.get().name().equals("quiz")) {
            problems.notMoodleXml(root.get().name());
            return new BankImport(List.of(), problems.all());
        }
        BankQuestions questions = new BankQuestions(problems, idsInUse);
        String category = null;
        for (XmlElement element : root.get().all("question")) {
            String type = element.attribute("type", "");
            if (type.equals("category")) {
                category = element.textOf("category").map(String::strip).orElse(null);
            } else {
                questions.add(question(element, type), category);
            }
        }
        if (questions.count() == 0) {
            problems.noQuestions();
        }
        return new BankImport(questions.imported(), problems.all());
    }

    private static Optional<XmlElement> parse(String xml, BankProblems problems) {
        try {
            return Optional.of(SecureXml.parse(xml));
        } catch (SAXParseException e) {
            Integer line = e.getLineNumber() > 0 ? e.getLineNumber() : null;
            Matcher doctype = DOCTYPE.matcher(xml);
            if (doctype.find() && (line == null || line == lineOf(xml, doctype.start()))) {
                problems.doctype(lineOf(xml, doctype.start()));
            } else {
                problems.notXml(line, e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static MoodleQuestion question(XmlElement question, String type) {
        List<Answer> answers = new ArrayList<>();
        for (XmlElement answer : question.all("answer")) {
            answers.add(new Answer(formatted(answer), answer.attribute("fraction", "0"),
                    answer.child("feedback").map(MoodleXmlReader::formatted).orElse(null),
                    answer.childText("tolerance").flatMap(MoodleXmlReader::number).orElse(null)));
        }
        List<Subquestion> subquestions = new ArrayList<>();
        for (XmlElement subquestion : question.all("subquestion")) {
            subquestions.add(new Subquestion(formatted(subquestion), subquestion.textOf("answer").orElse("")));
        }
        List<Unit> units = new ArrayList<>();
        question.child("units").ifPresent(list -> list.all("unit").forEach(unit -> units.add(new Unit(
                unit.childText("unit_name").orElse("").strip(),
                unit.childText("multiplier").flatMap(MoodleXmlReader::number).orElse(1.0)))));
        List<String> tags = question.child("tags").map(list -> list.all("tag").stream()
                .map(tag -> tag.childText("text").orElse("")).filter(tag -> !tag.isBlank()).toList())
                .orElse(List.of());
        return new MoodleQuestion(question.line(), type, question.textOf("name").orElse(""),
                question.childText("idnumber").map(String::strip).orElse(null),
                question.child("questiontext").map(MoodleXmlReader::formatted).orElse(null),
                question.child("generalfeedback").map(MoodleXmlReader::formatted).orElse(null),
                question.childText("defaultgrade").flatMap(MoodleXmlReader::number).orElse(1.0),
                question.childText("single").map(String::strip).filter(s -> s.equals("false") || s.equals("0"))
                        .isEmpty(),
                answers, subquestions, units,
                question.childText("usecase").map(String::strip).filter(s -> s.equals("1")).isPresent(), tags,
                leftOut(question));
    }

    private static List<String> leftOut(XmlElement question) {
        List<String> leftOut = new ArrayList<>();
        for (String feedback : COMBINED_FEEDBACK) {
            question.textOf(feedback).map(String::strip)
                    .filter(text -> !text.isEmpty() && !STANDARD_FEEDBACK.contains(text))
                    .ifPresent(text -> leftOut.add(feedback));
        }
        if (question.all("hint").stream().anyMatch(hint -> !hint.childText("text").orElse("").isBlank())) {
            leftOut.add("hint");
        }
        return leftOut;
    }

    private static FormattedText formatted(XmlElement element) {
        return new FormattedText(element.childText("text").orElse(""),
                element.attribute("format", FormattedText.MOODLE));
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
