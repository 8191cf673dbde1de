package org.greencustoms.elearning.people.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.Languages;

/** What an administrator changes of an account; {@link #problems()} says everything wrong at once. */
public record AccountChanges(String displayName, String email, String language, String administration,
        Set<Role> roles) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public List<String> problems(Set<String> administrations) {
        List<String> problems = new ArrayList<>();
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add("displayName: the person's name as certificates should print it, at most 200 characters");
        }
        problems.addAll(emailProblems(email));
        if (language == null || !Languages.SUPPORTED.contains(language)) {
            problems.add("language: one of " + String.join(", ", Languages.SUPPORTED));
        }
        if (administration != null && !administration.isBlank() && !administrations.contains(administration)) {
            problems.add("administration: '" + administration + "' is no ISO 3166 country code the platform knows");
        }
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            problems.add("roles: one or more of LEARNER, AUTHOR, TRAINER, ADMIN");
        }
        return problems;
    }

    static List<String> emailProblems(String email) {
        return email == null || email.isBlank() || (email.length() <= 254 && EMAIL.matcher(email).matches())
                ? List.of() : List.of("email: '" + email + "' is not an e-mail address");
    }
}
