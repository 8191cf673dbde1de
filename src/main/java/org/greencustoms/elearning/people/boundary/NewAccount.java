package org.greencustoms.elearning.people.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.Languages;

/**
 * An account to create, as an administrator gives it; {@link #problems()} says everything wrong with it at once.
 * Without a password, the account gets a one-time link for its owner to set one.
 */
public record NewAccount(String username, String displayName, String password, String language, Set<Role> roles) {

    public static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("username: 3 to 64 lowercase letters, digits, dots, hyphens or underscores, "
                    + "starting with a letter or digit");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add("displayName: the person's name as certificates should print it, at most 200 characters");
        }
        if (password != null) {
            problems.addAll(passwordProblems(password));
        }
        if (language != null && !Languages.SUPPORTED.contains(language)) {
            problems.add("language: one of " + String.join(", ", Languages.SUPPORTED));
        }
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            problems.add("roles: one or more of " + Arrays.toString(Role.values()));
        }
        return problems;
    }

    /** What is wrong with a password someone chose: only its length, as NIST SP 800-63B advises. */
    public static List<String> passwordProblems(String password) {
        return password == null || password.length() < MIN_PASSWORD || password.length() > 200
                ? List.of("password: " + MIN_PASSWORD + " to 200 characters") : List.of();
    }
}
