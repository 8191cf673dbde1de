package org.greencustoms.elearning.catalog.entity;

/**
 * A version is staged as a draft (validated, stored, seen by authors only), then published (what learners use; one
 * per module), then retired when a newer one is published. A retired version keeps its attempts and certificates.
 */
public enum ModuleStatus {
    DRAFT, PUBLISHED, RETIRED
}
