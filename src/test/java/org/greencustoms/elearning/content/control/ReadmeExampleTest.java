package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.junit.jupiter.api.Test;

/** The complete example in content/README.md is what authors copy: it must be a valid package. */
class ReadmeExampleTest {

    /** A file name in back-quotes followed by a colon, then the fenced block that holds the file. */
    private static final Pattern FILE_BLOCK = Pattern.compile("`([\\w./-]+)`:\\s*\\n+```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theCompleteExampleIsAValidPackageWithEveryQuestionType() throws IOException {
        String readme = Files.readString(Path.of("content", "README.md"), StandardCharsets.UTF_8);
        String example = readme.substring(readme.indexOf("## A complete example"));
        Map<String, byte[]> files = new TreeMap<>();
        Matcher block = FILE_BLOCK.matcher(example);
        while (block.find()) {
            files.put(block.group(1), (block.group(2) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        PackageContent content = new PackageParser().parse(new PackageFiles("readme-example", files));

        assertThat(files).containsKeys("module.yaml", "quiz.yaml");
        assertThat(content.units()).isNotEmpty();
        assertThat(content.questions()).extracting(QuestionDefinition::type)
                .containsExactlyInAnyOrder(QuestionType.values());
    }
}
