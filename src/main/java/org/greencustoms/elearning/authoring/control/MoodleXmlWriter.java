package org.greencustoms.elearning.authoring.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.platform.Languages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Exports a quiz to Moodle XML, for Moodle or Totara, in one language. Texts are written as plain_text, which is what
 * they are here (shown escaped, line breaks kept), so that {@link MoodleXmlReader} reads them back unchanged. Moodle
 * has no ordering or inspection question, and refuses grades outside its list: such questions are not written, and
 * each is returned as a problem rather than left out unseen.
 */
public final class MoodleXmlWriter {

    /** The Moodle XML file, and a problem for each question it could not hold. */
    public record MoodleExport(byte[] xml, List<Problem> notExported) {

        public MoodleExport {
            notExported = List.copyOf(notExported);
        }
    }

    static final String SOURCE = "quiz.yaml";
    private static final String PLAIN = MoodleQuestion.FormattedText.PLAIN;

    private final Document document;
    private final String language;
    private final BankProblems problems = new BankProblems(SOURCE);

    private MoodleXmlWriter(Document document, String language) {
        this.document = document;
        this.language = language;
    }

    /**
     * @param language the language to write (en, fr, es or pt; null for English); texts missing in it are written in
     *                 English
     */
    public static MoodleExport write(List<QuestionDefinition> questions, String language) {
        MoodleXmlWriter writer = new MoodleXmlWriter(newDocument(),
                language == null ? Languages.DEFAULT : Languages.supported(language));
        Element quiz = writer.document.createElement("quiz");
        writer.document.appendChild(quiz);
        questions.forEach(question -> writer.question(question).ifPresent(quiz::appendChild));
        return new MoodleExport(serialize(writer.document), writer.problems.all());
    }

    private Optional<Element> question(QuestionDefinition question) {
        QuestionBody body = question.body();
        if (body instanceof QuestionBody.Ordering || body instanceof QuestionBody.Inspection) {
            problems.notExportedType(question.id(), question.type().keyword());
            return Optional.empty();
        }
        Optional<String> invalidGrade = invalidGrade(body);
        if (invalidGrade.isPresent()) {
            problems.notExportedGrade(question.id(), invalidGrade.get());
            return Optional.empty();
        }
        Element element = document.createElement("question");
        element.setAttribute("type", moodleType(body));
        element.appendChild(withText("name", question.id()));
        element.appendChild(formatted("questiontext", question.prompt()));
        Element generalFeedback = withText("generalfeedback", generalFeedback(question));
        generalFeedback.setAttribute("format", PLAIN);
        element.appendChild(generalFeedback);
        element.appendChild(value("defaultgrade", number(question.points())));
        element.appendChild(value("idnumber", question.id()));
        body(body, element);
        Element tags = document.createElement("tags");
        question.tags().forEach(tag -> tags.appendChild(withText("tag", tag)));
        element.appendChild(tags);
        return Optional.of(element);
    }

    private static String moodleType(QuestionBody body) {
        if (body instanceof QuestionBody.SingleChoice || body instanceof QuestionBody.MultipleChoice) {
            return "multichoice";
        }
        if (body instanceof QuestionBody.TrueFalse) {
            return "truefalse";
        }
        if (body instanceof QuestionBody.Matching) {
            return "matching";
        }
        return body instanceof QuestionBody.ShortAnswer ? "shortanswer" : "numerical";
    }

    /** Moodle has one general feedback, shown whatever the answer: the explanation, then the feedback. */
    private String generalFeedback(QuestionDefinition question) {
        return String.join("\n\n", Stream.of(question.explanation(), question.feedback()).filter(Objects::nonNull)
                .map(t -> t.in(language)).toList());
    }

    private void body(QuestionBody body, Element question) {
        if (body instanceof QuestionBody.SingleChoice single) {
            question.appendChild(value("single", "true"));
            question.appendChild(value("shuffleanswers", "true"));
            single.options().forEach(option -> question.appendChild(answer(option.text(),
                    option.fraction() != null ? option.fraction() : option.correct() ? 1 : 0, option.feedback())));
        } else if (body instanceof QuestionBody.MultipleChoice multiple) {
            question.appendChild(value("single", "false"));
            question.appendChild(value("shuffleanswers", "true"));
            multiple.options().forEach(option -> question.appendChild(answer(option.text(),
                    fraction(option, multiple.options()), option.feedback())));
        } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
            question.appendChild(answer(LocalizedText.english("true"), trueFalse.answer() ? 1 : 0,
                    trueFalse.feedbackTrue()));
            question.appendChild(answer(LocalizedText.english("false"), trueFalse.answer() ? 0 : 1,
                    trueFalse.feedbackFalse()));
        } else if (body instanceof QuestionBody.Matching matching) {
            question.appendChild(value("shuffleanswers", "true"));
            for (MatchPair pair : matching.pairs()) {
                question.appendChild(subquestion(pair.left().in(language), pair.right().in(language)));
            }
            matching.distractors().forEach(d -> question.appendChild(subquestion("", d.in(language))));
        } else if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
            question.appendChild(value("usecase", "0"));
            accepted(shortAnswer).forEach(accepted -> question.appendChild(answer(LocalizedText.english(accepted), 1,
                    null)));
        } else if (body instanceof QuestionBody.Numeric numeric) {
            numeric(numeric, question);
        }
    }

    /** The units are shown, not asked for: Moodle grades the number alone, as the platform does. */
    private void numeric(QuestionBody.Numeric numeric, Element question) {
        Element answer = answer(LocalizedText.english(number(numeric.answer())), 1, null);
        answer.appendChild(value("tolerance", number(numeric.tolerance())));
        question.appendChild(answer);
        String unit = numeric.unitIn(language);
        if (unit != null) {
            question.appendChild(value("unitgradingtype", "0"));
            question.appendChild(value("showunits", "3"));
            Element units = document.createElement("units");
            Element element = document.createElement("unit");
            element.appendChild(value("multiplier", "1"));
            element.appendChild(value("unit_name", unit));
            units.appendChild(element);
            question.appendChild(units);
        }
    }

    /** English answers are accepted in every language, so they go with the language's own. */
    private Set<String> accepted(QuestionBody.ShortAnswer shortAnswer) {
        Set<String> accepted = new LinkedHashSet<>(shortAnswer.accepted().getOrDefault(language, List.of()));
        accepted.addAll(shortAnswer.accepted().getOrDefault(Languages.DEFAULT, List.of()));
        return accepted;
    }

    /** Without fractions, each right option gives 1/k and each wrong one takes 1/k, as the platform scores them. */
    private static double fraction(Choice option, List<Choice> options) {
        if (option.fraction() != null) {
            return option.fraction();
        }
        long right = options.stream().filter(Choice::correct).count();
        return (option.correct() ? 1.0 : -1.0) / right;
    }

    private static Optional<String> invalidGrade(QuestionBody body) {
        List<Double> fractions = new ArrayList<>();
        if (body instanceof QuestionBody.SingleChoice single) {
            single.options().stream().map(Choice::fraction).filter(Objects::nonNull).forEach(fractions::add);
        } else if (body instanceof QuestionBody.MultipleChoice multiple) {
            multiple.options().forEach(option -> fractions.add(fraction(option, multiple.options())));
        }
        return fractions.stream().filter(f -> MoodleGrades.match(f).isEmpty()).findFirst()
                .map(f -> MoodleGrades.percent(f) + "%");
    }

    private Element answer(LocalizedText text, double fraction, LocalizedText feedback) {
        Element answer = document.createElement("answer");
        answer.setAttribute("fraction", MoodleGrades.percent(MoodleGrades.match(fraction).orElse(fraction)));
        answer.setAttribute("format", PLAIN);
        answer.appendChild(value("text", text.in(language)));
        if (feedback != null) {
            answer.appendChild(formatted("feedback", feedback));
        }
        return answer;
    }

    private Element subquestion(String left, String right) {
        Element subquestion = document.createElement("subquestion");
        subquestion.setAttribute("format", PLAIN);
        subquestion.appendChild(value("text", left));
        subquestion.appendChild(withText("answer", right));
        return subquestion;
    }

    private Element formatted(String name, LocalizedText text) {
        Element element = withText(name, text == null ? "" : text.in(language));
        element.setAttribute("format", PLAIN);
        return element;
    }

    /** Moodle's text element: {@code <name><text>...</text></name>}. */
    private Element withText(String name, String text) {
        Element element = document.createElement(name);
        element.appendChild(value("text", text));
        return element;
    }

    private Element value(String name, String text) {
        Element element = document.createElement(name);
        element.setTextContent(text);
        return element;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Document newDocument() {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Every Java runtime can build a DOM document", e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Writing a DOM document in memory cannot fail", e);
        }
    }
}
