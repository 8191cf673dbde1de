package org.greencustoms.elearning.certificates.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.greencustoms.elearning.certificates.boundary.CertificateView;

/**
 * Draws a certificate as a one-page A4 landscape PDF: who, which module and version, the score, the date, the
 * verification code, and a QR code of the verification URL. Vector only (no images, no AWT rendering), with the
 * PDF base fonts, so it works on a headless server and stays a few kilobytes.
 */
public final class CertificatePdf {

    private static final Color GREEN = new Color(0x1b, 0x5e, 0x3b);
    private static final Color GREY = new Color(0x44, 0x4c, 0x48);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CertificatePdf() {
    }

    /** @param text the certificate texts in the learner's language (keys certificate.*) */
    public static byte[] render(CertificateView certificate, String verifyUrl, ResourceBundle text, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(printable(text.getString("certificate.title") + " - " + certificate.moduleTitle()));
            document.addCreator("Green Customs e-Learning");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            float width = page.getWidth();
            float height = page.getHeight();
            float centre = width / 2;

            canvas.setColorStroke(GREEN);
            canvas.setLineWidth(3);
            canvas.rectangle(24, 24, width - 48, height - 48);
            canvas.stroke();
            canvas.setLineWidth(0.75f);
            canvas.rectangle(32, 32, width - 64, height - 64);
            canvas.stroke();

            line(canvas, bold, 14, GREEN, centre, height - 90, "GREEN CUSTOMS E-LEARNING");
            line(canvas, bold, 34, GREEN, centre, height - 150, text.getString("certificate.title"));
            line(canvas, regular, 14, GREY, centre, height - 200, text.getString("certificate.certifies"));
            line(canvas, bold, 28, Color.BLACK, centre, height - 245, certificate.learnerName());
            line(canvas, regular, 14, GREY, centre, height - 285, text.getString("certificate.completed"));
            float y = height - 325;
            for (String titleLine : wrap(certificate.moduleTitle(), bold, 20, width - 200)) {
                line(canvas, bold, 20, Color.BLACK, centre, y, titleLine);
                y -= 26;
            }
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(certificate.issuedAt().atZone(ZoneOffset.UTC));
            String details = certificate.percent() == null
                    ? MessageFormat.format(text.getString("certificate.detailsNoQuiz"), certificate.version(), date)
                    : MessageFormat.format(text.getString("certificate.details"), certificate.version(),
                            Math.round(certificate.percent()), date);
            line(canvas, regular, 13, GREY, centre, y - 14, details);

            float qrSize = 110;
            qrCode(canvas, verifyUrl, 60, 60, qrSize);
            left(canvas, regular, 10, GREY, 60 + qrSize + 16, 60 + qrSize - 30, text.getString("certificate.verifyAt"));
            left(canvas, regular, 10, GREEN, 60 + qrSize + 16, 60 + qrSize - 46, verifyUrl);
            left(canvas, bold, 12, Color.BLACK, 60 + qrSize + 16, 60 + qrSize - 66,
                    text.getString("certificate.code") + " " + certificate.code());
            document.close();
        } catch (IOException | WriterException e) {
            throw new IllegalStateException("Cannot draw certificate " + certificate.code(), e);
        }
        return out.toByteArray();
    }

    /** A line centred on x. */
    private static void line(PdfContentByte canvas, BaseFont font, float size, Color colour, float x, float y,
            String text) {
        text(canvas, Element.ALIGN_CENTER, font, size, colour, x, y, text);
    }

    /** A line starting at x. */
    private static void left(PdfContentByte canvas, BaseFont font, float size, Color colour, float x, float y,
            String text) {
        text(canvas, Element.ALIGN_LEFT, font, size, colour, x, y, text);
    }

    private static void text(PdfContentByte canvas, int alignment, BaseFont font, float size, Color colour, float x,
            float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(alignment, printable(text), x, y, 0);
        canvas.endText();
    }

    /** Splits a long title into lines that fit, at spaces. */
    static List<String> wrap(String text, BaseFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getWidthPoint(candidate, size) > maxWidth) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * The base fonts know Windows-1252 (all of English, French, Spanish and Portuguese): narrow and other special
     * spaces become spaces, and a letter outside it loses its accent (or becomes '?') rather than vanishing.
     */
    static String printable(String text) {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String s = Character.isSpaceChar(c) ? " " : Character.toString(c);
            if (!encoder.canEncode(s)) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                s = encoder.canEncode(s) ? s : "?";
            }
            out.append(s);
        });
        return out.toString();
    }

    private static void qrCode(PdfContentByte canvas, String url, float x, float y, float size) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        float module = size / matrix.getWidth();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
