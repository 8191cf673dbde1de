package org.greencustoms.elearning.authoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.greencustoms.elearning.content.control.Problem;

/**
 * What importing a question bank did: the questions added to the module's draft (by id) and every question or part
 * of one that was left out, with why. When nothing could be added, nothing was stored ({@code staged} is false).
 */
public record BankReport(String fileName, boolean staged, Integer version, List<String> imported,
        List<Problem> problems) implements Serializable {

    static BankReport staged(String fileName, int version, List<String> imported, List<Problem> problems) {
        return new BankReport(fileName, true, version, List.copyOf(imported), List.copyOf(problems));
    }

    static BankReport refused(String fileName, List<Problem> problems) {
        return new BankReport(fileName, false, null, List.of(), List.copyOf(problems));
    }
}
