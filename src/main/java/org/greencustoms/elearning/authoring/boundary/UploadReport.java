package org.greencustoms.elearning.authoring.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greencustoms.elearning.content.control.Problem;

/**
 * What an upload did: staged as a draft (perhaps replacing the module's previous draft), or refused with every
 * problem found, in which case nothing was stored.
 *
 * @param replacedDraft the version of the draft this upload replaced, or null
 */
public record UploadReport(String fileName, boolean valid, String module, Integer version, Integer replacedDraft,
        List<Problem> problems) implements Serializable {

    static UploadReport staged(String fileName, String module, int version, Integer replacedDraft) {
        return new UploadReport(fileName, true, module, version, replacedDraft, List.of());
    }

    static UploadReport refused(String fileName, List<Problem> problems) {
        return new UploadReport(fileName, false, null, null, null, List.copyOf(problems));
    }

    /** The problems of one file. */
    public record FileProblems(String file, List<Problem> problems) implements Serializable {
    }

    /** The problems by file, files in path order, as an author fixes them. */
    public List<FileProblems> problemsByFile() {
        Map<String, List<Problem>> byFile = new TreeMap<>();
        problems.forEach(problem -> byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(problem));
        return byFile.entrySet().stream().map(e -> new FileProblems(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
