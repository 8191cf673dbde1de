package org.greencustoms.elearning.people.entity;

/** What a person may do; the names are the security roles checked on pages and boundaries. */
public enum Role {
    LEARNER, AUTHOR, TRAINER, ADMIN
}
