package org.greencustoms.elearning.people.control;

import java.util.Objects;

/**
 * One officer to enrol, as checked: the username lower-cased, the administration upper-cased, the language
 * lower-cased, every value trimmed. An optional value the file leaves blank is the empty string, so that the caller
 * decides the default (the cohort's language, say) without a null check.
 *
 * @param line the physical line of the file the row starts on, to tie the account back to the trainer's file
 */
public record EnrolmentRow(int line, String username, String fullName, String email, String administration,
        String language) {

    public EnrolmentRow {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(language, "language");
    }
}
