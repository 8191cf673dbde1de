package org.greencustoms.elearning.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greencustoms.elearning.people.boundary.Administrations;
import org.greencustoms.elearning.web.Messages;

/**
 * Customs administrations, /admin/administrations.xhtml: every country with its regional groupings, filtered as the
 * administrator types; one at a time renamed or given its groupings (comma separated, a new one simply typed).
 */
@Named
@ViewScoped
public class AdministrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Administrations administrations;

    @Inject
    FacesContext faces;

    private List<Administrations.View> all;
    private String filter;
    private String editing;
    private String name;
    private String regions;

    @PostConstruct
    void load() {
        all = administrations.all();
    }

    public List<Administrations.View> getShown() {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(a -> wanted.isEmpty() || a.code().toLowerCase(Locale.ROOT).equals(wanted)
                || a.name().toLowerCase(Locale.ROOT).contains(wanted)
                || a.regions().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    public void edit(Administrations.View administration) {
        editing = administration.code();
        name = administration.name();
        regions = String.join(", ", administration.regions());
    }

    public void save() {
        Set<String> groupings = Arrays.stream(regions == null ? new String[0] : regions.split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        administrations.update(editing, name, groupings);
        all = administrations.all();
        editing = null;
        faces.addMessage(null, new FacesMessage(Messages.get(faces, "administrations.saved")));
    }

    public void cancel() {
        editing = null;
    }

    public Set<String> getKnownRegions() {
        return administrations.regions();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }
}
