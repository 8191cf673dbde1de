package org.greencustoms.elearning.web.author;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.authoring.boundary.AuthoredModule;
import org.greencustoms.elearning.authoring.boundary.BankReport;
import org.greencustoms.elearning.authoring.boundary.Published;
import org.greencustoms.elearning.authoring.boundary.Authoring;
import org.greencustoms.elearning.authoring.boundary.VersionEntry;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.LocaleBean;
import org.greencustoms.elearning.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * One module's versions, /author/module.xhtml?id=: the draft waiting (preview, publish, discard), every version
 * with who published it, when and what changed, downloads, rollback, and retiring the module.
 */
@Named
@ViewScoped
public class ModuleVersionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Authoring authoring;

    @Inject
    LocaleBean locale;

    @Inject
    FacesContext faces;

    private String id;
    private AuthoredModule module;
    private List<VersionEntry> versions;
    private BankReport bankReport;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Which module? Give its id");
        }
        module = authoring.module(id, locale.getLanguage());
        versions = new ArrayList<>(authoring.history(id));
        Collections.reverse(versions);
    }

    public void publish() {
        Published published = authoring.publish(id);
        done(published.retired() == null ? "author.done.published" : "author.done.publishedRetiring",
                published.version(), published.retired());
    }

    public void discard() {
        done("author.done.discarded", authoring.discard(id));
    }

    public void retire() {
        done("author.done.retired", authoring.retire(id));
    }

    public void rollBack(int version) {
        done("author.done.rolledBack", authoring.rollBack(id, version), version);
    }

    /** Adds a Moodle question bank to the draft; the report lists what was added and what was left out. */
    public void importBank(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            bankReport = authoring.importQuestions(id, event.getFile().getFileName(),
                    in.readNBytes(Authoring.MAX_BANK_BYTES + 1));
        }
        load();
    }

    public BankReport getBankReport() {
        return bankReport;
    }

    public int getMaxBankBytes() {
        return Authoring.MAX_BANK_BYTES;
    }

    /** The draft waiting, if any: shown first. */
    public Optional<VersionEntry> getDraft() {
        return versions.stream().filter(v -> v.status() == ModuleStatus.DRAFT).findFirst();
    }

    public boolean canRollBackTo(VersionEntry version) {
        return version.status() == ModuleStatus.RETIRED && version.packageKept() && module.draft() == null;
    }

    private void done(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(MessageFormat.format(Messages.get(faces, key), arguments)));
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AuthoredModule getModule() {
        return module;
    }

    public List<VersionEntry> getVersions() {
        return versions;
    }
}
