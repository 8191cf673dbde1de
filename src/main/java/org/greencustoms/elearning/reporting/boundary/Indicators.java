package org.greencustoms.elearning.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.greencustoms.elearning.catalog.entity.Convention;
import org.greencustoms.elearning.people.boundary.IndicatorScope;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.reporting.control.IndicatorCount;
import org.greencustoms.elearning.reporting.control.IndicatorCounter;
import org.greencustoms.elearning.reporting.control.IndicatorFacts;
import org.greencustoms.elearning.reporting.control.OfficerActivity;

/**
 * The initiative's programme indicators: officers enrolled, completed and certified per country, region or agreement
 * over a period. Whose officers is decided by {@link Scope#indicatorScope()}: an administrator everyone's, a national
 * coordinator their country's across every agreement, another trainer their cohorts' learners.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class Indicators {

    /** A period longer than this is a typing mistake more often than a report. */
    static final int MAX_YEARS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    IndicatorFacts facts;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    /**
     * @param from the first day, inclusive; null for the first of January of this year
     * @param to   the last day, inclusive; null for today
     */
    public IndicatorReport report(IndicatorCounter.Grouping by, LocalDate from, LocalDate to, String language) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.withDayOfYear(1);
        if (first.isAfter(last)) {
            throw new InvalidRequestException(List.of("from: the period starts on " + first + ", after its end "
                    + last));
        }
        if (first.plusYears(MAX_YEARS).isBefore(last)) {
            throw new InvalidRequestException(List.of("from: a period of at most " + MAX_YEARS + " years"));
        }
        IndicatorScope whose = scope.indicatorScope();
        IndicatorFacts.Facts read = facts.read(whose);
        IndicatorCounter.Counted counted = IndicatorCounter.count(read.activities(), keys(by, read),
                first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Function<String, String> label = labels(by, read, language);
        List<IndicatorReport.Line> lines = counted.lines().stream().map(c -> line(c, label))
                .sorted(Comparator.comparing((IndicatorReport.Line l) -> l.key().isEmpty())
                        .thenComparing(IndicatorReport.Line::label))
                .toList();
        return new IndicatorReport(first, last, by, scopeName(whose), lines, line(counted.total(), key -> ""));
    }

    /** The lines, then the total. */
    public ExportTable export(IndicatorCounter.Grouping by, LocalDate from, LocalDate to, String language) {
        IndicatorReport report = report(by, from, to, language);
        audited.fire(new Audited("EXPORTED", "INDICATORS", by.name(), report.from() + " to " + report.to()
                + ", " + report.scope()));
        String what = switch (by) {
            case COUNTRY -> "Country";
            case REGION -> "Region";
            case AGREEMENT -> "Agreement";
        };
        return new ExportTable("Indicators " + report.from() + " to " + report.to(),
                List.of("Code", what, "Enrolled", "Completed", "Certified"),
                Stream.concat(report.lines().stream(), Stream.of(new IndicatorReport.Line("", "Total (each officer once)",
                        report.total().enrolled(), report.total().completed(), report.total().certified())))
                        .map(l -> List.of(l.key(), l.label(), l.enrolled(), l.completed(), l.certified())));
    }

    private static Function<OfficerActivity, Set<String>> keys(IndicatorCounter.Grouping by,
            IndicatorFacts.Facts read) {
        return switch (by) {
            case COUNTRY -> a -> {
                String code = read.administrationOf().get(a.learnerId());
                return code == null ? Set.of() : Set.of(code);
            };
            case REGION -> a -> {
                String code = read.administrationOf().get(a.learnerId());
                return code == null ? Set.of() : read.regionsOf().getOrDefault(code, Set.of());
            };
            case AGREEMENT -> a -> read.agreementsOf().getOrDefault(a.moduleId(), Set.of());
        };
    }

    private Function<String, String> labels(IndicatorCounter.Grouping by, IndicatorFacts.Facts read,
            String language) {
        return switch (by) {
            case COUNTRY -> code -> read.administrationNames().getOrDefault(code, code);
            case REGION -> region -> region;
            case AGREEMENT -> {
                Map<String, String> names = new HashMap<>();
                em.createQuery("select distinct c from Convention c left join fetch c.texts", Convention.class)
                        // A list, not a stream: a stream hands each convention over at its first row, with only the
                        // texts read so far (PostgreSQL returns the rows unordered; the benchmark caught it).
                        .getResultList().forEach(c -> names.put(c.getCode(), c.text(language).getName()));
                yield code -> names.getOrDefault(code, code);
            }
        };
    }

    private static IndicatorReport.Line line(IndicatorCount count, Function<String, String> label) {
        return new IndicatorReport.Line(count.key(), count.key().isEmpty() ? "" : label.apply(count.key()),
                count.enrolled(), count.completed(), count.certified());
    }

    private static String scopeName(IndicatorScope whose) {
        return whose.administration() != null ? whose.administration()
                : whose.trainerId() != null ? "cohorts" : "everyone";
    }
}
