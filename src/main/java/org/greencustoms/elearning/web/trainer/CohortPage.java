package org.greencustoms.elearning.web.trainer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.boundary.ModuleSummary;
import org.greencustoms.elearning.people.boundary.AccountRow;
import org.greencustoms.elearning.people.boundary.Administrations;
import org.greencustoms.elearning.people.boundary.CohortForm;
import org.greencustoms.elearning.people.boundary.CohortView;
import org.greencustoms.elearning.people.boundary.Cohorts;
import org.greencustoms.elearning.people.boundary.EnrolmentReport;
import org.greencustoms.elearning.people.control.EnrolmentCsv;
import org.greencustoms.elearning.people.control.EnrolmentRow;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.export.ExportTable;
import org.greencustoms.elearning.platform.export.TableExport;
import org.greencustoms.elearning.web.LocaleBean;
import org.greencustoms.elearning.web.Messages;

/**
 * One cohort, /trainer/cohort.xhtml?id=: its description, trainers and modules, its learners, and enrolment one by
 * one or from a CSV file, which is checked first (the report lists every problem by line) and imported on a second
 * click. The set-password links of new accounts are shown once, to copy, print or download.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Larger files are refused before they are read; the form says so. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    @Inject
    Cohorts cohorts;

    @Inject
    Catalog catalog;

    @Inject
    Administrations administrations;

    @Inject
    LocaleBean locale;

    @Inject
    FacesContext faces;

    private long id;
    private CohortView cohort;
    private List<AccountRow> learners;

    private String name;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> chosenAdministrations = new ArrayList<>();

    private String coTrainer;
    private String module;
    private LocalDate dueOn;

    private String username = "";
    private String fullName = "";
    private String email = "";
    private String administration = "";
    private String language = "";

    private transient Part upload;
    private byte[] checkedFile;
    private String checkedFileName;
    private EnrolmentReport report;
    private List<IssuedLink> links = List.of();

    public void load() {
        cohort = cohorts.get(id);
        learners = cohorts.learners(id);
        name = cohort.name();
        place = cohort.place();
        startsOn = cohort.startsOn();
        endsOn = cohort.endsOn();
        chosenAdministrations = new ArrayList<>(cohort.administrations());
    }

    public void save() {
        cohort = cohorts.update(id, new CohortForm(name, place, startsOn, endsOn, Set.copyOf(chosenAdministrations)));
        info("cohort.saved");
    }

    public void addTrainer() {
        cohort = cohorts.addTrainer(id, coTrainer);
        coTrainer = null;
        info("cohort.trainerAdded");
    }

    public void removeTrainer(long accountId) {
        cohort = cohorts.removeTrainer(id, accountId);
    }

    public void assign() {
        cohort = cohorts.assign(id, module, dueOn);
        module = null;
        dueOn = null;
        info("cohort.moduleAssigned");
    }

    public void unassign(String moduleId) {
        cohort = cohorts.unassign(id, moduleId);
    }

    public void removeLearner(long accountId) {
        cohorts.removeLearner(id, accountId);
        reload();
    }

    public void issueLink(long accountId) {
        links = List.of(cohorts.issuePasswordLink(id, accountId));
    }

    public void enrolOne() {
        show(cohorts.enrolOne(id, new EnrolmentRow(1, orEmpty(username), orEmpty(fullName), orEmpty(email),
                orEmpty(administration), orEmpty(language))));
        if (report.applied()) {
            username = fullName = email = administration = language = "";
        }
    }

    /** Reads the chosen file and checks it, changing nothing; the report says what importing it would do. */
    public void check() throws IOException {
        report = null;
        if (upload == null || upload.getSize() == 0) {
            error("enrol.file.none");
            return;
        }
        if (upload.getSize() > MAX_FILE_BYTES) {
            error("enrol.file.tooLarge");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            checkedFile = in.readAllBytes();
        }
        checkedFileName = upload.getSubmittedFileName();
        report = cohorts.preview(id, checkedFile);
    }

    /** Imports the file checked last, whole or not at all. */
    public void importChecked() {
        if (checkedFile == null) {
            error("enrol.file.none");
            return;
        }
        show(cohorts.importFile(id, checkedFile));
        if (report.applied()) {
            checkedFile = null;
        }
    }

    private void show(EnrolmentReport done) {
        report = done;
        if (done.applied()) {
            links = done.links();
            reload();
            FacesMessage message = new FacesMessage(MessageFormat.format(Messages.get(faces, "enrol.done"),
                    done.count(EnrolmentReport.Outcome.NEW_ACCOUNT), done.count(EnrolmentReport.Outcome.EXISTING_ACCOUNT),
                    done.count(EnrolmentReport.Outcome.ALREADY_ENROLLED)));
            faces.addMessage(null, message);
        }
    }

    /** The links just issued as a CSV file (username, name, link, valid until), for a mail merge or a printout. */
    public void downloadLinks() throws IOException {
        String base = baseUrl();
        ExportTable table = new ExportTable("Set-password links", List.of("Username", "Name", "Link", "Valid until"),
                links.stream().map(l -> List.of(l.username(), l.displayName(), base + l.path(), l.expiresAt())));
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(ExportFormat.CSV.mediaType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"set-password-links.csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        TableExport.write(table, ExportFormat.CSV, external.getResponseOutputStream());
        faces.responseComplete();
    }

    /** The problem in the page's language, from its key and arguments. */
    public String text(EnrolmentReport.Problem problem) {
        try {
            return MessageFormat.format(Messages.get(faces, problem.messageKey()), problem.arguments().toArray());
        } catch (MissingResourceException e) {
            return problem.message();
        }
    }

    /** Where a set-password link is opened: this server's address as the trainer reached it. */
    public String baseUrl() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    public List<ModuleSummary> getPublishedModules() {
        return catalog.modules(locale.getLanguage());
    }

    public List<Administrations.View> getAdministrations() {
        return administrations.all();
    }

    public long getMaxFileMegabytes() {
        return MAX_FILE_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return EnrolmentCsv.MAX_ROWS;
    }

    /** Faces submits an empty field as null; an enrolment row says "not given" with the empty string. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private void reload() {
        cohort = cohorts.get(id);
        learners = cohorts.learners(id);
    }

    private void info(String key) {
        faces.addMessage(null, new FacesMessage(Messages.get(faces, key)));
    }

    private void error(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, key), null));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
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

    public String getCoTrainer() {
        return coTrainer;
    }

    public void setCoTrainer(String coTrainer) {
        this.coTrainer = coTrainer;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public CohortView getCohort() {
        return cohort;
    }

    public List<AccountRow> getLearners() {
        return learners;
    }

    public EnrolmentReport getReport() {
        return report;
    }

    public List<IssuedLink> getLinks() {
        return links;
    }

    public String getCheckedFileName() {
        return checkedFileName;
    }
}
