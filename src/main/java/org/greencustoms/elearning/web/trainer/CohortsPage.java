package org.greencustoms.elearning.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greencustoms.elearning.people.boundary.Administrations;
import org.greencustoms.elearning.people.boundary.CohortForm;
import org.greencustoms.elearning.people.boundary.CohortView;
import org.greencustoms.elearning.people.boundary.Cohorts;

/** "My cohorts", /trainer/: the cohorts the trainer runs, and a form for a new one. */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    @Inject
    Administrations administrations;

    private List<CohortView> visible;
    private String name;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> chosenAdministrations = new ArrayList<>();

    @PostConstruct
    void load() {
        visible = cohorts.visible();
    }

    /** Creates the cohort and opens it, where the trainer goes on to enrol officers and assign modules. */
    public String create() {
        CohortView created = cohorts.create(new CohortForm(name, place, startsOn, endsOn,
                Set.copyOf(chosenAdministrations)));
        return "/trainer/cohort?faces-redirect=true&id=" + created.id();
    }

    public List<CohortView> getCohorts() {
        return visible;
    }

    public List<Administrations.View> getAdministrations() {
        return administrations.all();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<String> getChosenAdministrations() {
        return chosenAdministrations;
    }

    public void setChosenAdministrations(List<String> chosenAdministrations) {
        this.chosenAdministrations = chosenAdministrations;
    }
}
