package org.greencustoms.elearning.web.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greencustoms.elearning.certificates.boundary.CertificateDocuments;
import org.greencustoms.elearning.certificates.boundary.CertificateView;
import org.greencustoms.elearning.certificates.boundary.Certificates;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.LocaleBean;

/** The signed-in learner's certificate as a PDF download, /learn/certificate?code=... (under /learn: LEARNER only). */
@WebServlet("/learn/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    CertificateDocuments documents;

    @Inject
    LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String language = locale.getLanguage();
        CertificateView certificate;
        try {
            certificate = certificates.mine(request.getParameter("code"), language);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = documents.pdf(certificate, language);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + documents.fileName(certificate) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
