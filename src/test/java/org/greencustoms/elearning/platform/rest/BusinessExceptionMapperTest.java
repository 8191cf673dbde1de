package org.greencustoms.elearning.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.content.control.Problem;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

    @Test
    void packageProblemsComeWithTheirKeyArgumentsAndTextsInTheRequestLanguage() {
        InvalidPackageException refused = InvalidPackageException.single("basel-101.zip", "basel-101.zip",
                "zip.tooManyEntries", 5_000);

        ProblemDetails answer = BusinessExceptionMapper.problem(refused, Locale.forLanguageTag("es"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.title()).isEqualTo("The content package is not valid");
        assertThat(answer.detail()).contains("The zip has more than 5000 entries");
        assertThat(answer.errors()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(new Problem.Localized("basel-101.zip", null, "zip.tooManyEntries",
                List.of("5000"), "El zip tiene más de 5000 entradas",
                "un paquete necesita muchos menos archivos; ¿es este el zip correcto?"));
    }
}
