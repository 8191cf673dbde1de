package org.greencustoms.elearning.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;

/**
 * The submitted attempts of one module version as the item analysis needs them, in three statements whatever the
 * number of attempts: the questions, the attempts (language and question order), and every response's mark and
 * answer. Whose attempts: one cohort's learners, the learners of a trainer's cohorts, or everyone's; the first
 * submitted attempt of each learner on the version (Moodle's default) or all of them.
 */
@Dependent
public class ItemFacts {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final int LABEL_LENGTH = 140;

    /** Whose attempts count: a cohort, a trainer's cohorts, or (both null) everyone. */
    public record Whose(Long cohortId, Long trainerId) {
    }

    /** What was read: the questions in their order, the scored attempts, and each question's choices per attempt. */
    public record Facts(List<AnalysedQuestion> questions, List<ScoredAttempt> attempts,
            Map<String, List<List<String>>> choices) {
    }

    @PersistenceContext
    EntityManager em;

    /** @param language the language of the questions' labels, their prompts shortened */
    public Facts read(ModuleVersion version, Whose whose, boolean firstAttemptsOnly, String language) {
        List<AnalysedQuestion> questions = em.createNamedQuery(Question.BY_VERSION, Question.class)
                .setParameter("version", version).getResultStream()
                .map(q -> new AnalysedQuestion(q.getKey(), q.getPoints(),
                        label(q.definition().prompt().in(language))))
                .toList();
        Map<Long, Object[]> attempts = new LinkedHashMap<>();
        query("select a.id, a.language, a.questionOrder from Attempt a", version, whose, firstAttemptsOnly, "")
                .getResultStream().forEach(r -> attempts.put((Long) r[0], r));
        Map<Long, Map<String, Double>> marks = new HashMap<>();
        Map<String, List<List<String>>> choices = new LinkedHashMap<>();
        questions.forEach(q -> choices.put(q.key(), new ArrayList<>()));
        // The same few answers come back thousands of times (an option, a decision): each is parsed once.
        Map<String, List<String>> parsed = new HashMap<>();
        query("select a.id, key(r), r.points, r.answerJson from Attempt a join a.responses r", version, whose,
                firstAttemptsOnly, "").getResultStream().forEach(r -> {
                    marks.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1],
                            r[2] == null ? 0.0 : (Double) r[2]);
                    List<List<String>> chosen = choices.get((String) r[1]);
                    if (chosen != null) {
                        chosen.add(parsed.computeIfAbsent((String) r[3], ItemFacts::chosen));
                    }
                });
        List<ScoredAttempt> scored = new ArrayList<>();
        for (Object[] attempt : attempts.values()) {
            Map<String, Double> earned = new HashMap<>();
            Map<String, Double> given = marks.getOrDefault((Long) attempt[0], Map.of());
            for (String key : ((String) attempt[2]).split(",")) {
                if (!key.isBlank()) {
                    earned.put(key, given.getOrDefault(key, 0.0));
                }
            }
            scored.add(new ScoredAttempt((String) attempt[1], earned));
        }
        return new Facts(questions, scored, choices);
    }

    /** A prompt as one line of plain text, short enough for a table cell. */
    static String label(String prompt) {
        String plain = prompt == null ? "" : prompt.replaceAll("[*_`#>|\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= LABEL_LENGTH ? plain : plain.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private TypedQuery<Object[]> query(String select, ModuleVersion version, Whose whose, boolean first,
            String order) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" where a.moduleVersion = :version and a.submittedAt is not null");
        if (whose.cohortId() != null) {
            jpql.append(" and a.learner.id in (select e.id.otherId from Enrolment e where e.id.cohortId = :cohort)");
        } else if (whose.trainerId() != null) {
            jpql.append(" and a.learner.id in (select e.id.otherId from Enrolment e, Cohort c join c.trainers t")
                    .append(" where e.id.cohortId = c.id and t.id = :trainer)");
        }
        if (first) {
            jpql.append(" and a.number = (select min(b.number) from Attempt b where b.learner = a.learner")
                    .append(" and b.moduleVersion = a.moduleVersion and b.submittedAt is not null)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(order).toString(), Object[].class)
                .setParameter("version", version);
        if (whose.cohortId() != null) {
            query.setParameter("cohort", whose.cohortId());
        } else if (whose.trainerId() != null) {
            query.setParameter("trainer", whose.trainerId());
        }
        return query;
    }

    /** What the learner chose, as labels: an option, options, true/false, a decision and red flags, a text. */
    static List<String> chosen(String answerJson) {
        if (answerJson == null || answerJson.isBlank()) {
            return List.of();
        }
        Answer answer;
        try {
            answer = JSONB.fromJson(answerJson, Answer.class);
        } catch (JsonbException e) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        if (answer.option() != null) {
            labels.add(answer.option());
        }
        if (answer.options() != null) {
            labels.addAll(answer.options());
        }
        if (answer.value() != null) {
            labels.add(answer.value().toString());
        }
        if (answer.decision() != null) {
            labels.add("decision:" + answer.decision());
        }
        if (answer.flags() != null) {
            answer.flags().forEach(flag -> labels.add("flag:" + flag));
        }
        if (answer.text() != null && !answer.text().isBlank()) {
            labels.add(answer.text().strip());
        }
        if (answer.matches() != null) {
            answer.matches().forEach((left, right) -> labels.add(left + " → " + right));
        }
        if (answer.order() != null && !answer.order().isEmpty()) {
            labels.add(String.join(" › ", answer.order()));
        }
        return labels;
    }
}
