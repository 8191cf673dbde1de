package org.greencustoms.elearning.catalog.entity;

/** A version is published when imported; publishing a higher version retires the previous one. */
public enum ModuleStatus {
    PUBLISHED, RETIRED
}
