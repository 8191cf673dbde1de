package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.platform.export.TableExport;

/** A report table as a download, streamed as it is written: CSV or XLSX as {@code ?format=} asks. */
public final class ExportResponse {

    private ExportResponse() {
    }

    /** The format a request asks for; a 400 problem naming the formats for anything else. */
    public static ExportFormat format(String name) {
        return ExportFormat.of(name == null ? "csv" : name).orElseThrow(() -> new InvalidRequestException(
                List.of("format: '" + name + "' is not csv or xlsx")));
    }

    /** A table whose rows are already in hand (or need no open transaction to be read). */
    public static Response of(ExportTable table, ExportFormat format) {
        return streamed(table.name(), format, out -> TableExport.write(table, format, out));
    }

    /**
     * A file written by {@code body} as the response goes out: for a boundary that reads a database cursor, the
     * body calls it, so that the rows are read inside its transaction.
     */
    public static Response streamed(String name, ExportFormat format, StreamingOutput body) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName(name) + "."
                        + format.extension() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The table's name as a plain ASCII file name: "Progress SADC workshop, Lilongwe" is progress-sadc-workshop-lilongwe. */
    static String fileName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return ascii.isEmpty() ? "export" : ascii.length() > 80 ? ascii.substring(0, 80) : ascii;
    }
}
