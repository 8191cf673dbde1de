package org.greencustoms.elearning.people.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A cohort as a trainer describes it; {@link #problems(Set)} says everything wrong at once. */
public record CohortForm(String name, String place, LocalDate startsOn, LocalDate endsOn,
        Set<String> administrations) {

    public List<String> problems(Set<String> knownAdministrations) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add("name: what the class or workshop is called, at most 200 characters");
        }
        if (place != null && place.length() > 200) {
            problems.add("place: at most 200 characters");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add("endsOn: the last day comes before the first (" + startsOn + ")");
        }
        for (String code : administrations == null ? Set.<String>of() : administrations) {
            if (code == null || !knownAdministrations.contains(code.toUpperCase())) {
                problems.add("administrations: '" + code + "' is no ISO 3166 country code the platform knows");
            }
        }
        return problems;
    }
}
