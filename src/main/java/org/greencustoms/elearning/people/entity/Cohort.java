package org.greencustoms.elearning.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class of officers: a national academy's course or a regional workshop ("SADC workshop, Lilongwe"), run by one or
 * more trainers. Its learners and assigned modules are rows of their own ({@link Enrolment}, {@link Assignment}), since
 * a cohort can have hundreds of learners.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ALL, query = "select c from Cohort c order by c.startsOn desc nulls last, c.name")
@NamedQuery(name = Cohort.RUN_BY, query = """
        select c from Cohort c join c.trainers t where t.id = :trainer order by c.startsOn desc nulls last, c.name""")
@NamedQuery(name = Cohort.IS_RUN_BY, query = """
        select count(c) from Cohort c join c.trainers t where c.id = :cohort and t.id = :trainer""")
public class Cohort {

    public static final String ALL = "Cohort.all";
    public static final String RUN_BY = "Cohort.runBy";
    public static final String IS_RUN_BY = "Cohort.isRunBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String place;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> trainers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_administration", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "administration_code")
    private Set<String> administrations = new TreeSet<>();

    protected Cohort() {
    }

    public Cohort(String name, String place, LocalDate startsOn, LocalDate endsOn, UserAccount creator,
            Instant createdAt) {
        describe(name, place, startsOn, endsOn);
        this.createdBy = creator.getUsername();
        this.createdAt = createdAt;
        this.trainers.add(creator);
    }

    public final void describe(String name, String place, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.place = place;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void setAdministrations(Set<String> codes) {
        administrations.clear();
        administrations.addAll(codes);
    }

    public boolean addTrainer(UserAccount trainer) {
        return trainers.add(trainer);
    }

    /** Removes a co-trainer; the last trainer stays, so that a cohort always has someone who runs it. */
    public boolean removeTrainer(UserAccount trainer) {
        return trainers.size() > 1 && trainers.removeIf(t -> t.getId().equals(trainer.getId()));
    }

    public boolean isRunBy(UserAccount account) {
        return trainers.stream().anyMatch(t -> t.getId().equals(account.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<UserAccount> getTrainers() {
        return trainers.stream().sorted(Comparator.comparing(UserAccount::getDisplayName)).toList();
    }

    public Set<String> getAdministrations() {
        return new TreeSet<>(administrations);
    }
}
