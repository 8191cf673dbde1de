package org.greencustoms.elearning.web.author;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.authoring.boundary.AuthoredModule;
import org.greencustoms.elearning.authoring.boundary.Authoring;
import org.greencustoms.elearning.authoring.boundary.VersionEntry;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.LocaleBean;
import org.greencustoms.elearning.web.Messages;

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

    public void load() {
        module = authoring.modules(locale.getLanguage()).stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No module " + id));
        versions = new ArrayList<>(authoring.history(id));
        Collections.reverse(versions);
    }

    public void publish() {
        Integer retired = authoring.publish(id);
        done(retired == null ? "author.done.published" : "author.done.publishedRetiring", module.draft(), retired);
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
