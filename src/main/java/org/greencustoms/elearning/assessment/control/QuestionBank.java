package org.greencustoms.elearning.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/**
 * The questions of module versions, read once and kept: a published version never changes (a changed package is a
 * new version), so every start, save and submit of an attempt can skip reading and parsing its questions again.
 * Holds the most recently used versions only.
 */
@ApplicationScoped
public class QuestionBank {

    private static final int VERSIONS = 256;

    private final Map<Long, List<QuestionDefinition>> byVersion = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<QuestionDefinition>> eldest) {
                    return size() > VERSIONS;
                }
            });

    /** The version's questions, loaded with {@code load} the first time. */
    public List<QuestionDefinition> of(long versionId, Supplier<List<QuestionDefinition>> load) {
        List<QuestionDefinition> questions = byVersion.get(versionId);
        if (questions == null) {
            questions = List.copyOf(load.get());
            byVersion.put(versionId, questions);
        }
        return questions;
    }
}
