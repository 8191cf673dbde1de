package org.greencustoms.elearning.content.boundary;

/** What importing a package did. */
public record ImportResult(String moduleId, int version, Outcome outcome, Integer retiredVersion) {

    public enum Outcome {
        /** The version was new and is now the published one. */
        PUBLISHED,
        /** The same version with the same files was already published: nothing changed. */
        UNCHANGED,
        /** A later version was staged on the platform (by an author, or a rollback): the package was left alone. */
        SUPERSEDED
    }
}
