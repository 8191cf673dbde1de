package org.greencustoms.elearning.content.control;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greencustoms.elearning.platform.BusinessException;

/** A package that cannot be published, with every problem found in it. Nothing of it is stored. */
public class InvalidPackageException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String packageName;
    private final List<Problem> problems;

    public InvalidPackageException(String packageName, List<Problem> problems) {
        super("Package " + packageName + " has " + problems.size() + " problem(s):\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.packageName = packageName;
        this.problems = List.copyOf(problems);
    }

    /** A package refused for one problem of a whole file; {@code key} is a key of {@code problems.properties}. */
    public static InvalidPackageException single(String packageName, String file, String key, Object... args) {
        return new InvalidPackageException(packageName, List.of(Problem.of(file, null, key, args)));
    }

    public String packageName() {
        return packageName;
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<Problem> details() {
        return problems;
    }

    @Override
    public List<Problem.Localized> details(Locale locale) {
        return problems.stream().map(problem -> problem.in(locale)).toList();
    }

    @Override
    public String messageKey() {
        return "error.invalidPackage";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
