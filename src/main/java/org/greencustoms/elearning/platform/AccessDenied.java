package org.greencustoms.elearning.platform;

/**
 * Someone asked for a record outside their scope (another trainer's cohort, a learner they do not train). They are
 * answered "not found"; the audit log keeps the attempt, in a transaction of its own, since the request's rolls back.
 */
public record AccessDenied(String recordType, String recordId) {
}
