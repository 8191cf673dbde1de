package org.greencustoms.elearning.certificates.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.rest.Caller;

/** Certificates over REST: the signed-in learner's own (as JSON or PDF), and the public check of a code. */
@Path("/")
@Tag(name = "Certificates", description = "Certificates of completion and their verification")
public class CertificatesResource {

    /** The public answer to "is this code genuine?": what the certificate says, nothing more. */
    public record Verification(String code, String holder, String module, String moduleTitle, int version,
            Double percent, Instant issuedAt) {
    }

    @Inject
    Certificates certificates;

    @Inject
    CertificateDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Path("me/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in learner's certificates, newest first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<CertificateView> mine(@QueryParam("lang") String lang) {
        return certificates.of(Caller.language(lang, headers));
    }

    @GET
    @Path("me/certificates/{code}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "One of the learner's certificates: JSON, or the printable PDF with Accept: application/pdf")
    @APIResponse(responseCode = "404", description = "The learner has no certificate with this code")
    public Response one(@PathParam("code") String code, @QueryParam("lang") String lang) {
        String language = Caller.language(lang, headers);
        CertificateView certificate = certificates.mine(code, language);
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "pdf".equals(type.getSubtype()));
        if (!pdf) {
            return Response.ok(certificate, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(documents.pdf(certificate, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + documents.fileName(certificate) + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("certificates/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate code (public): who holds it, for which module, when")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    public Verification verify(@PathParam("code") String code, @QueryParam("lang") String lang) {
        CertificateView c = certificates.verify(code, Caller.language(lang, headers));
        return new Verification(c.code(), c.learnerName(), c.moduleId(), c.moduleTitle(), c.version(), c.percent(),
                c.issuedAt());
    }
}
