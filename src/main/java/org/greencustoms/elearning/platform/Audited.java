package org.greencustoms.elearning.platform;

/**
 * Something changed that the audit log must show: fired by the feature that made the change, in its transaction, so
 * the entry is written if and only if the change is. The actor is whoever is signed in.
 *
 * @param action     what was done, upper case with underscores (ACCOUNT_CREATED, COHORT_ENROLLED...)
 * @param recordType the kind of record (ACCOUNT, COHORT, ...)
 * @param recordId   which record, as the pages and REST name it
 * @param detail     what changed, in a sentence or a short list; never a password or token
 */
public record Audited(String action, String recordType, String recordId, String detail) {
}
