package org.greencustoms.elearning.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExportFormat")
class ExportFormatTest {

    @Test
    void isFoundByItsExtensionWhateverTheCase() {
        assertThat(ExportFormat.of("csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of(" XLSX ")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.of(".xlsx")).contains(ExportFormat.XLSX);
    }

    @Test
    void isEmptyForAnythingElse() {
        assertThat(ExportFormat.of("pdf")).isEmpty();
        assertThat(ExportFormat.of("")).isEmpty();
        assertThat(ExportFormat.of(null)).isEmpty();
    }

    @Test
    void saysItsMediaTypeAndExtension() {
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
        assertThat(ExportFormat.XLSX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
    }
}
