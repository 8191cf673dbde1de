package org.greencustoms.elearning.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.greencustoms.elearning.certificates.boundary.CertificateView;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CertificateView CERTIFICATE = new CertificateView("GC-7K2M-9QXD-4HTP",
            "basel-hazardous-wastes", "Convention de Bâle : les déchets dangereux à la frontière", 2,
            "Aïssata Ouédraogo", 86.5, Instant.parse("2026-11-29T10:15:30Z"));

    @Test
    void aOnePagePdfWithTheLearnerTheModuleTheScoreTheDateAndTheCode() throws IOException {
        Locale french = Locale.FRENCH;
        byte[] pdf = CertificatePdf.render(CERTIFICATE, "https://learn.example.org/verify/GC-7K2M-9QXD-4HTP",
                ResourceBundle.getBundle("org.greencustoms.elearning.web.messages", french), french);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("vector only, base fonts").isLessThan(20_000);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Certificat de réussite", "Aïssata Ouédraogo", "Convention de Bâle",
                "Version 2", "87 %", "29 novembre 2026", "GC-7K2M-9QXD-4HTP",
                "https://learn.example.org/verify/GC-7K2M-9QXD-4HTP");
    }

    @Test
    void charactersTheBaseFontsLackAreApproximatedNotDropped() {
        assertThat(CertificatePdf.printable("Nguyễn Thị Minh\u202Fok")).isEqualTo("Nguyen Thi Minh ok");
        assertThat(CertificatePdf.printable("Đặng 李")).isEqualTo("?ang ?");
    }
}
