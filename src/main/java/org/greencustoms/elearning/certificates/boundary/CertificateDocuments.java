package org.greencustoms.elearning.certificates.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greencustoms.elearning.certificates.control.CertificatePdf;
import org.greencustoms.elearning.platform.Messages;

/**
 * A certificate's printable PDF and the public URL its QR code points to: {@code gc.public.url} (set it to the
 * address learners and employers use, behind a proxy), else the address of the request.
 */
@RequestScoped
public class CertificateDocuments {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "gc.public.url")
    Optional<String> publicUrl;

    public byte[] pdf(CertificateView certificate, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle text = Messages.bundle(locale);
        return CertificatePdf.render(certificate, verifyUrl(certificate.code()), text, locale);
    }

    public String verifyUrl(String code) {
        String base = publicUrl.filter(url -> !url.isBlank()).map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (isDefaultPort() ? "" : ":" + request.getServerPort()) + request.getContextPath());
        return base + "/verify/" + code;
    }

    public String fileName(CertificateView certificate) {
        return "certificate-" + certificate.moduleId() + "-" + certificate.code() + ".pdf";
    }

    private boolean isDefaultPort() {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }
}
