package org.greencustoms.elearning.web.author;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.greencustoms.elearning.authoring.boundary.AuthoredModule;
import org.greencustoms.elearning.authoring.boundary.Authoring;
import org.greencustoms.elearning.authoring.boundary.UploadReport;
import org.greencustoms.elearning.web.LocaleBean;
import org.primefaces.event.FileUploadEvent;

/**
 * The authors' start page, /author/index.xhtml: every module with its published version and waiting draft, and
 * the upload of a package, whose validation report (every problem, by file) or new draft is shown at once.
 */
@Named
@ViewScoped
public class ContentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The upload refuses more before sending it; the zip reader counts again on the server. */
    public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    @Inject
    Authoring authoring;

    @Inject
    LocaleBean locale;

    private List<AuthoredModule> modules;
    private UploadReport report;

    public List<AuthoredModule> getModules() {
        if (modules == null) {
            modules = authoring.modules(locale.getLanguage());
        }
        return modules;
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream zip = event.getFile().getInputStream()) {
            report = authoring.upload(event.getFile().getFileName(), zip);
        }
        modules = null;
    }

    public UploadReport getReport() {
        return report;
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }
}
