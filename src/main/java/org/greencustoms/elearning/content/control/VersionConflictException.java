package org.greencustoms.elearning.content.control;

import java.util.List;

/** A package whose version is already published with other files, or is older than the published one. */
public class VersionConflictException extends InvalidPackageException {

    private static final long serialVersionUID = 1L;

    public VersionConflictException(String packageName, String key, Object... args) {
        super(packageName, List.of(Problem.of("module.yaml", null, key, args)));
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
