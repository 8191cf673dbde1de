package org.greencustoms.elearning.assessment.control;

import static org.greencustoms.elearning.assessment.control.Questions.right;
import static org.greencustoms.elearning.assessment.control.Questions.wrong;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to score a whole 16-question attempt, two questions of each type, answered partly right (so that every rule
 * does its full work). Run with: mvn -Pbench test-compile exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private final Scorer scorer = new Scorer();
    private final List<QuestionDefinition> questions = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private double totalPoints;

    @Setup
    public void attempt() {
        for (int copy = 0; copy < 2; copy++) {
            add(Questions.single(right("a"), wrong("b"), wrong("c"), wrong("d")), Answer.single("b"));
            add(Questions.multiple(right("a"), right("b"), wrong("c"), wrong("d"), wrong("e")),
                    Answer.multiple(List.of("a", "c")));
            add(Questions.trueFalse(true), Answer.trueFalse(true));
            add(Questions.matching(4, 1), Answer.matching(Map.of("p1", "p1", "p2", "p3", "p3", "p2", "p4", "p4")));
            add(Questions.shortAnswer(Map.of("en", List.of("Basel Convention", "Basel"), "fr", List.of("Bâle"))),
                    Answer.shortAnswer("  la convention de BÂLE. "));
            add(Questions.numeric(60, 0.5), Answer.numeric("59,6"));
            add(Questions.ordering("notify", "consent", "move", "confirm", "dispose"),
                    Answer.ordering(List.of("notify", "move", "consent", "confirm", "dispose")));
            add(Questions.inspection(Decision.DETAIN, 0.5, 4, right("f1"), right("f2"), wrong("f3"), wrong("f4")),
                    Answer.inspection("Detain", List.of("f1", "f3")));
        }
    }

    private void add(QuestionDefinition question, Answer answer) {
        questions.add(question);
        answers.add(answer);
        totalPoints += question.points();
    }

    @Benchmark
    public double scoreSixteenQuestionAttempt() {
        List<QuestionScore> scores = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            scores.add(scorer.score(questions.get(i), answers.get(i), "fr"));
        }
        return Grades.percent(scores, totalPoints);
    }
}
