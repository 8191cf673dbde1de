package org.greencustoms.elearning.content.control;

/**
 * One thing wrong with a content package: where it is (file, and line when there is one), what is wrong, and a
 * hint on how to fix it.
 */
public record Problem(String file, Integer line, String message, String hint) {

    @Override
    public String toString() {
        String where = line == null ? file : file + ":" + line;
        return where + ": " + message + (hint == null ? "" : " (" + hint + ")");
    }
}
