package org.greencustoms.elearning.platform.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report table exports to. */
public enum ExportFormat {

    /** For other tools and scripts; UTF-8 with a byte order mark so that Excel shows accents right. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** For Excel and LibreOffice, with typed cells: numbers, dates, booleans. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The Content-Type of the file. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a request names, as in {@code ?format=xlsx}: case and a leading dot do not matter. */
    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String bare = wanted.startsWith(".") ? wanted.substring(1) : wanted;
        return Arrays.stream(values()).filter(f -> f.extension.equals(bare)).findFirst();
    }
}
