package org.greencustoms.elearning.assessment.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greencustoms.elearning.assessment.control.QuestionView.DocumentView;
import org.greencustoms.elearning.assessment.control.QuestionView.Field;
import org.greencustoms.elearning.assessment.control.QuestionView.Item;
import org.greencustoms.elearning.assessment.entity.CaseDocument;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/** Builds what a learner may see of a question during an attempt: the texts, in the drawn order, and no key. */
public final class LearnerQuestions {

    private LearnerQuestions() {
    }

    /**
     * @param choiceOrder the drawn order of the question's choice ids (see {@link AttemptDraw#choiceIds})
     * @param mediaBase where the module version's media are served, for case-file images
     */
    public static QuestionView view(QuestionDefinition question, List<String> choiceOrder, String language,
            String mediaBase) {
        QuestionBody body = question.body();
        Map<String, String> texts = choiceTexts(body, language);
        List<String> visible = AttemptDraw.visibleIds(body, choiceOrder);
        List<Item> choices = IntStream.range(0, choiceOrder.size())
                .mapToObj(i -> new Item(visible.get(i), texts.get(choiceOrder.get(i)))).toList();
        List<Item> lefts = body instanceof QuestionBody.Matching matching
                ? matching.pairs().stream().map(p -> new Item(p.id(), p.left().in(language))).toList()
                : List.of();
        List<DocumentView> caseFile = body instanceof QuestionBody.Inspection inspection
                ? inspection.caseFile().stream().map(d -> document(d, language, mediaBase)).toList()
                : List.of();
        List<String> decisions = body instanceof QuestionBody.Inspection
                ? List.of(Decision.RELEASE.keyword(), Decision.DETAIN.keyword(), Decision.REFER.keyword())
                : List.of();
        String unitLabel = body instanceof QuestionBody.Numeric numeric ? numeric.unitIn(language) : null;
        return new QuestionView(question.id(), body.type().keyword(), question.points(),
                question.prompt().in(language), choices, lefts, caseFile, decisions, unitLabel);
    }

    private static Map<String, String> choiceTexts(QuestionBody body, String language) {
        Map<String, String> texts = new HashMap<>();
        if (body instanceof QuestionBody.SingleChoice single) {
            put(texts, single.options(), language);
        } else if (body instanceof QuestionBody.MultipleChoice multiple) {
            put(texts, multiple.options(), language);
        } else if (body instanceof QuestionBody.Ordering ordering) {
            put(texts, ordering.items(), language);
        } else if (body instanceof QuestionBody.Inspection inspection) {
            put(texts, inspection.redFlags(), language);
        } else if (body instanceof QuestionBody.Matching matching) {
            matching.pairs().forEach(pair -> texts.put(pair.id(), pair.right().in(language)));
            List<LocalizedText> distractors = matching.distractors();
            IntStream.range(0, distractors.size())
                    .forEach(i -> texts.put(AttemptDraw.distractorId(i), distractors.get(i).in(language)));
        }
        return texts;
    }

    private static void put(Map<String, String> texts, List<Choice> choices, String language) {
        choices.forEach(choice -> texts.put(choice.id(), choice.text().in(language)));
    }

    private static DocumentView document(CaseDocument document, String language, String mediaBase) {
        List<Field> fields = document.fields().stream()
                .map(f -> new Field(f.label().in(language), f.value().in(language))).toList();
        String image = document.image() == null ? null
                : mediaBase + document.image().substring("media/".length()).replace(" ", "%20");
        return new DocumentView(document.id(), document.kind(), document.title().in(language), fields,
                document.note() == null ? null : document.note().in(language), image);
    }
}
