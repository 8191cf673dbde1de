package org.greencustoms.elearning.people.boundary;

import java.io.Serializable;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.greencustoms.elearning.people.entity.Administration;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.NotFoundException;

/**
 * Customs administrations (one per ISO 3166-1 country, seeded) and the regional groupings they belong to (SADC,
 * UEMOA, ECOWAS...). Everyone signed in may read them (they fill the forms' choices); administrators change them.
 */
@Stateless
public class Administrations {

    /** An administration as listed. */
    public record View(String code, String name, Set<String> regions) implements Serializable {

        static View of(Administration administration) {
            return new View(administration.getCode(), administration.getName(), administration.getRegions());
        }
    }

    private static final Pattern REGION = Pattern.compile("[\\p{L}\\p{N} .'-]{2,40}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Audited> audited;

    @PermitAll
    public List<View> all() {
        return em.createNamedQuery(Administration.ALL, Administration.class).getResultStream().map(View::of).toList();
    }

    /** The regional groupings in use. */
    @PermitAll
    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        all().forEach(a -> regions.addAll(a.regions()));
        return regions;
    }

    /** Renames an administration and sets its groupings. */
    @RolesAllowed("ADMIN")
    public View update(String code, String name, Set<String> regions) {
        Administration administration = em.find(Administration.class, code == null ? "" : code.toUpperCase());
        if (administration == null) {
            throw new NotFoundException("No administration " + code);
        }
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add("name: the country's name, at most 200 characters");
        }
        Set<String> cleaned = new TreeSet<>();
        for (String region : regions == null ? Set.<String>of() : regions) {
            String stripped = region == null ? "" : region.strip();
            if (!REGION.matcher(stripped).matches()) {
                problems.add("regions: '" + region + "' is not a grouping's name (2 to 40 letters, digits, spaces)");
            }
            cleaned.add(stripped);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The administration was not changed", "error.invalidRequest",
                    problems);
        }
        String before = administration.getName() + " " + administration.getRegions();
        administration.rename(name.strip());
        administration.setRegions(cleaned);
        audited.fire(new Audited("ADMINISTRATION_CHANGED", "ADMINISTRATION", administration.getCode(),
                before + " → " + administration.getName() + " " + administration.getRegions()));
        return View.of(administration);
    }
}
