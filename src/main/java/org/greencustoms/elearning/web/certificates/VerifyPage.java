package org.greencustoms.elearning.web.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greencustoms.elearning.certificates.boundary.CertificateView;
import org.greencustoms.elearning.certificates.boundary.Certificates;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.LocaleBean;

/**
 * The public verification page, /verify/{code} or /verify.xhtml?code=...: whether the code belongs to a certificate,
 * and what that certificate says (holder, module, version, score, date); nothing else about the learner.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Certificates certificates;

    @Inject
    LocaleBean locale;

    @Inject
    FacesContext faces;

    private String code;
    private CertificateView certificate;
    private boolean checked;

    public void load() {
        Object forwarded = faces.getExternalContext().getRequestMap().get(VerifyServlet.CODE);
        if (forwarded != null && (code == null || code.isBlank())) {
            code = forwarded.toString();
        }
        if (code == null || code.isBlank()) {
            return;
        }
        checked = true;
        try {
            certificate = certificates.verify(code, locale.getLanguage());
        } catch (NotFoundException e) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
