package org.greencustoms.elearning.reporting.boundary;

import java.time.Instant;
import java.util.List;
import org.greencustoms.elearning.people.boundary.AccountRow;
import org.greencustoms.elearning.progress.boundary.ModuleProgress;

/**
 * One learner as their trainer sees them: the account, the caller's cohorts they are in, where they stand in each
 * module they started, every attempt (newest first) and their certificates.
 */
public record LearnerDetail(AccountRow account, List<CohortRef> cohorts, List<ModuleProgress> modules,
        List<AttemptLine> attempts, List<CertificateLine> certificates) {

    public record CohortRef(long id, String name) {
    }

    /**
     * @param durationSeconds from start to submission, null while the attempt is open
     * @param percent null while the attempt is open
     */
    public record AttemptLine(long id, String module, String moduleTitle, int version, int number, String language,
            Instant startedAt, Instant submittedAt, Long durationSeconds, Double percent, Boolean passed) {
    }

    public record CertificateLine(String code, String module, String moduleTitle, int version, Double percent,
            Instant issuedAt) {
    }
}
