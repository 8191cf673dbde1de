package org.greencustoms.elearning.authoring.control;

import java.util.List;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.content.control.Problem;

/**
 * What a question bank yields: the questions that could be imported, each valid by the package rules, and a
 * problem for every question that could not be, or only in part (an answer left out, a grade Moodle would refuse...),
 * each naming the question by its position and name.
 */
public record BankImport(List<QuestionDefinition> questions, List<Problem> problems) {

    public BankImport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
