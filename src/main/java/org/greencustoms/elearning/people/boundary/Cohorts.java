package org.greencustoms.elearning.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.people.control.AccountStore;
import org.greencustoms.elearning.people.control.EnrolmentCsv;
import org.greencustoms.elearning.people.control.EnrolmentFile;
import org.greencustoms.elearning.people.control.EnrolmentRow;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.people.control.PasswordLinks;
import org.greencustoms.elearning.people.entity.Administration;
import org.greencustoms.elearning.people.entity.Assignment;
import org.greencustoms.elearning.people.entity.Cohort;
import org.greencustoms.elearning.people.entity.CohortKey;
import org.greencustoms.elearning.people.entity.Enrolment;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotFoundException;

/**
 * Cohorts, for their trainers (and administrators): create and describe them, add co-trainers, assign modules with
 * due dates, and enrol officers one by one or from a CSV file that is checked first and imported whole or not at
 * all. Every cohort is reached through {@link Scope}, so a trainer only ever touches the cohorts they run.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    Catalog catalog;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordLinks links;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    /** The cohorts the caller runs (every one, for an administrator), newest first. */
    public List<CohortView> visible() {
        return scope.cohorts().stream().map(this::view).toList();
    }

    public CohortView get(long id) {
        return view(scope.cohort(id));
    }

    /** A new cohort, run by the caller. */
    public CohortView create(CohortForm form) {
        Set<String> administrations = checked(form, "The cohort was not created");
        Cohort cohort = new Cohort(form.name().strip(), blankToNull(form.place()), form.startsOn(), form.endsOn(),
                scope.caller(), now());
        cohort.setAdministrations(administrations);
        em.persist(cohort);
        em.flush();
        audited.fire(new Audited("COHORT_CREATED", "COHORT", String.valueOf(cohort.getId()), cohort.getName()));
        return view(cohort);
    }

    public CohortView update(long id, CohortForm form) {
        Cohort cohort = scope.cohort(id);
        Set<String> administrations = checked(form, "The cohort was not changed");
        cohort.describe(form.name().strip(), blankToNull(form.place()), form.startsOn(), form.endsOn());
        cohort.setAdministrations(administrations);
        audited.fire(new Audited("COHORT_CHANGED", "COHORT", String.valueOf(id), cohort.getName()));
        return view(cohort);
    }

    /** Adds a co-trainer by username; the account must have the TRAINER role. */
    public CohortView addTrainer(long id, String username) {
        Cohort cohort = scope.cohort(id);
        UserAccount trainer = accounts.find(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .filter(account -> account.hasRole(Role.TRAINER)).orElseThrow(() -> new InvalidRequestException(
                        "The trainer was not added", "error.invalidRequest",
                        List.of("username: no trainer's account is called '" + username + "'")));
        if (cohort.addTrainer(trainer)) {
            audited.fire(new Audited("COHORT_TRAINER_ADDED", "COHORT", String.valueOf(id), trainer.getUsername()));
        }
        return view(cohort);
    }

    /** Removes a co-trainer; the last one stays. */
    public CohortView removeTrainer(long id, long accountId) {
        Cohort cohort = scope.cohort(id);
        UserAccount trainer = em.find(UserAccount.class, accountId);
        if (trainer != null && cohort.removeTrainer(trainer)) {
            audited.fire(new Audited("COHORT_TRAINER_REMOVED", "COHORT", String.valueOf(id), trainer.getUsername()));
        }
        return view(cohort);
    }

    /** Assigns a published module, or changes its due date if it is assigned already. */
    public CohortView assign(long id, String moduleId, LocalDate dueOn) {
        Cohort cohort = scope.cohort(id);
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        Assignment assignment = em.find(Assignment.class, new CohortKey(id, version.getModule().getId()));
        if (assignment == null) {
            em.persist(new Assignment(cohort, version.getModule(), dueOn));
        } else {
            assignment.setDueOn(dueOn);
        }
        audited.fire(new Audited("COHORT_MODULE_ASSIGNED", "COHORT", String.valueOf(id),
                moduleId + (dueOn == null ? "" : " due " + dueOn)));
        return view(cohort);
    }

    public CohortView unassign(long id, String moduleId) {
        Cohort cohort = scope.cohort(id);
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        Assignment assignment = em.find(Assignment.class, new CohortKey(id, version.getModule().getId()));
        if (assignment != null) {
            em.remove(assignment);
            audited.fire(new Audited("COHORT_MODULE_UNASSIGNED", "COHORT", String.valueOf(id), moduleId));
        }
        return view(cohort);
    }

    /** The cohort's learners, by name. */
    public List<AccountRow> learners(long id) {
        scope.cohort(id);
        Instant now = now();
        return em.createNamedQuery(Enrolment.OF_COHORT, Enrolment.class).setParameter("cohort", id).getResultStream()
                .map(e -> AccountRow.of(e.getLearner(), now)).toList();
    }

    public void removeLearner(long id, long accountId) {
        scope.cohort(id);
        Enrolment enrolment = em.find(Enrolment.class, new CohortKey(id, accountId));
        if (enrolment != null) {
            em.remove(enrolment);
            audited.fire(new Audited("COHORT_LEARNER_REMOVED", "COHORT", String.valueOf(id),
                    enrolment.getLearner().getUsername()));
        }
    }

    /** Enrols one officer: an existing learner's account by username, or a new account for them. */
    public EnrolmentReport enrolOne(long id, EnrolmentRow officer) {
        String line = String.join(",", csv(officer.username()), csv(officer.fullName()), csv(officer.email()),
                csv(officer.administration()), csv(officer.language()));
        return enrol(id, ("username,full name,email,administration,language\n" + line + "\n")
                .getBytes(StandardCharsets.UTF_8), true);
    }

    /** What importing the file would do, changing nothing. */
    public EnrolmentReport preview(long id, byte[] file) {
        return enrol(id, file, false);
    }

    /**
     * Imports the file whole, or nothing of it when any row has a problem. Existing accounts are enrolled, not
     * duplicated; the same file again changes nothing. New accounts get one-time set-password links (shown once).
     */
    public EnrolmentReport importFile(long id, byte[] file) {
        return enrol(id, file, true);
    }

    private EnrolmentReport enrol(long id, byte[] file, boolean apply) {
        Cohort cohort = scope.cohort(id);
        EnrolmentFile read = EnrolmentCsv.read(file, administrationCodes(), Set.copyOf(Languages.SUPPORTED));
        List<EnrolmentReport.Problem> problems = new ArrayList<>(read.problems().stream()
                .map(p -> new EnrolmentReport.Problem(p.line(), p.column(), p.messageKey(), p.arguments(),
                        p.message())).toList());
        Map<String, UserAccount> existing = existing(read.rows());
        Set<String> enrolled = new HashSet<>(em.createNamedQuery(Enrolment.USERNAMES_IN_COHORT, String.class)
                .setParameter("cohort", id).getResultList());
        List<EnrolmentReport.Row> rows = new ArrayList<>();
        for (EnrolmentRow row : read.rows()) {
            UserAccount account = existing.get(row.username());
            if (account != null && !account.hasRole(Role.LEARNER)) {
                problems.add(new EnrolmentReport.Problem(row.line(), "username", "enrol.notLearner",
                        List.of(String.valueOf(row.line()), row.username()), "line " + row.line()
                                + ", username: '" + row.username() + "' is an account without the LEARNER role"));
            }
            rows.add(new EnrolmentReport.Row(row.line(), row.username(), row.fullName(),
                    account == null ? EnrolmentReport.Outcome.NEW_ACCOUNT : enrolled.contains(row.username())
                            ? EnrolmentReport.Outcome.ALREADY_ENROLLED : EnrolmentReport.Outcome.EXISTING_ACCOUNT));
        }
        if (!apply || !problems.isEmpty() || rows.isEmpty()) {
            return new EnrolmentReport(false, rows, problems, List.of());
        }
        List<IssuedLink> issued = new ArrayList<>();
        Instant now = now();
        String single = cohort.getAdministrations().size() == 1 ? cohort.getAdministrations().iterator().next() : null;
        for (EnrolmentRow row : read.rows()) {
            UserAccount account = existing.get(row.username());
            if (account == null) {
                account = accounts.create(row.username(), row.fullName(), null,
                        row.language().isEmpty() ? Languages.DEFAULT : row.language(), Set.of(Role.LEARNER));
                account.describe(row.fullName(), blankToNull(row.email()), account.getPreferredLanguage(),
                        row.administration().isEmpty() ? single : row.administration());
                issued.add(links.issue(account, scope.callerName()));
            }
            if (!enrolled.contains(row.username())) {
                em.persist(new Enrolment(cohort, account, now));
            }
        }
        EnrolmentReport report = new EnrolmentReport(true, rows, problems, issued);
        audited.fire(new Audited("COHORT_ENROLLED", "COHORT", String.valueOf(id), report.rows().size() + " rows: "
                + report.count(EnrolmentReport.Outcome.NEW_ACCOUNT) + " new accounts, "
                + report.count(EnrolmentReport.Outcome.EXISTING_ACCOUNT) + " existing accounts enrolled, "
                + report.count(EnrolmentReport.Outcome.ALREADY_ENROLLED) + " already enrolled"));
        return report;
    }

    /** A new one-time set-password link for a learner of the cohort (an officer who lost theirs). */
    public IssuedLink issuePasswordLink(long id, long accountId) {
        scope.cohort(id);
        if (em.find(Enrolment.class, new CohortKey(id, accountId)) == null) {
            throw new NotFoundException("No learner " + accountId + " in cohort " + id);
        }
        UserAccount learner = em.find(UserAccount.class, accountId);
        IssuedLink link = links.issue(learner, scope.callerName());
        audited.fire(new Audited("PASSWORD_LINK_ISSUED", "ACCOUNT", learner.getUsername(), "cohort " + id));
        return link;
    }

    private Map<String, UserAccount> existing(List<EnrolmentRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAMES, UserAccount.class)
                .setParameter("usernames", rows.stream().map(EnrolmentRow::username).toList()).getResultStream()
                .collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
    }

    private Set<String> checked(CohortForm form, String outcome) {
        List<String> problems = form.problems(administrationCodes());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(outcome, "error.invalidRequest", problems);
        }
        return form.administrations() == null ? Set.of() : form.administrations().stream()
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private Set<String> administrationCodes() {
        return em.createNamedQuery(Administration.ALL, Administration.class).getResultStream()
                .map(Administration::getCode).collect(Collectors.toSet());
    }

    private CohortView view(Cohort cohort) {
        List<CohortView.AssignedModule> modules = em.createNamedQuery(Assignment.OF_COHORT, Assignment.class)
                .setParameter("cohort", cohort.getId()).getResultStream()
                .map(a -> new CohortView.AssignedModule(a.getModule().getSlug(), catalog.publishedVersion(
                        a.getModule().getSlug()).map(v -> v.text("en").getTitle()).orElse(a.getModule().getSlug()),
                        a.getDueOn())).toList();
        long learners = em.createNamedQuery(Enrolment.COUNT_OF_COHORT, Long.class).setParameter("cohort",
                cohort.getId()).getSingleResult();
        return new CohortView(cohort.getId(), cohort.getName(), cohort.getPlace(), cohort.getStartsOn(),
                cohort.getEndsOn(), cohort.getAdministrations(), cohort.getTrainers().stream()
                        .map(t -> new CohortView.Trainer(t.getId(), t.getUsername(), t.getDisplayName())).toList(),
                modules, learners);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
