package org.greencustoms.elearning.authoring.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.authoring.control.MoodleXmlWriter;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.platform.rest.Caller;

/**
 * Content packages over REST, for authors and administrators: upload a package as a draft, preview, publish or
 * discard it, retire a module, roll back, and download any version's package.
 */
@Path("packages")
@AuthorsOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packages", description = "Authors' content lifecycle: upload, preview, publish, retire, roll back")
public class PackagesResource {

    /** The version a rollback publishes again. */
    public record RollBack(Integer version) {
    }

    /** A question bank's import, its problems in the caller's language. */
    public record BankReportView(String fileName, boolean staged, Integer version, List<String> imported,
            List<Problem.Localized> problems) {

        static BankReportView of(BankReport report, Locale locale) {
            return new BankReportView(report.fileName(), report.staged(), report.version(), report.imported(),
                    report.problems().stream().map(p -> p.in(locale)).toList());
        }
    }

    /** What publishing, discarding or retiring did. */
    public record Step(String module, Integer version, Integer retired) {
    }

    /** An upload's report, each problem in the caller's language (Accept-Language) with its key and arguments. */
    public record Report(String fileName, boolean valid, String module, Integer version, Integer replacedDraft,
            List<Problem.Localized> problems) {

        static Report of(UploadReport report, Locale locale) {
            return new Report(report.fileName(), report.valid(), report.module(), report.version(),
                    report.replacedDraft(), report.problems().stream().map(p -> p.in(locale)).toList());
        }
    }

    @Inject
    Authoring authoring;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every module with its published version and waiting draft")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an author or administrator")
    public List<AuthoredModule> modules(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return authoring.modules(Caller.language(lang, headers));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a package zip (form field 'file') as its module's draft",
            description = "Validated completely: 201 with the draft, or 422 with every problem (file, line, hint) and"
                    + " nothing stored. A waiting draft of the module is replaced.")
    @APIResponse(responseCode = "201", description = "Staged as a draft")
    @APIResponse(responseCode = "413", description = "More than 50 MB")
    @APIResponse(responseCode = "422", description = "Refused, with every problem")
    public Response upload(@FormParam("file") EntityPart file) {
        return uploaded(file == null ? authoring.upload(null, null)
                : authoring.upload(file.getFileName().orElse("package.zip"), file.getContent()));
    }

    @POST
    @Consumes("application/zip")
    @Operation(summary = "Upload a package zip as the request body, as its module's draft")
    @APIResponse(responseCode = "201", description = "Staged as a draft")
    @APIResponse(responseCode = "422", description = "Refused, with every problem")
    public Response uploadZip(InputStream zip, @HeaderParam("X-File-Name") String name) {
        return uploaded(authoring.upload(name == null || name.isBlank() ? "package.zip" : name, zip));
    }

    @POST
    @Path("{module}/questions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a Moodle question bank (GIFT or Moodle XML, form field 'file') to the module's draft",
            description = "Questions the platform cannot hold are listed by position and name and left out. 201 with"
                    + " the draft, or 422 when none could be added (nothing stored).")
    @APIResponse(responseCode = "201", description = "Added to the draft")
    @APIResponse(responseCode = "422", description = "No question could be added")
    public Response importQuestions(@PathParam("module") String module, @FormParam("file") EntityPart file)
            throws IOException {
        BankReport report = file == null ? authoring.importQuestions(module, null, null)
                : authoring.importQuestions(module, file.getFileName().orElse("questions.txt"),
                        file.getContent().readNBytes(Authoring.MAX_BANK_BYTES + 1));
        return Response.status(report.staged() ? 201 : 422).entity(BankReportView.of(report, locale())).build();
    }

    @GET
    @Path("{module}/versions/{version}/moodle.xml")
    @Produces("application/xml")
    @Operation(summary = "A version's quiz as Moodle XML, in one language (?lang=), for a Moodle or Totara site",
            description = "Questions Moodle cannot hold (ordering, inspection) are left out and counted in the"
                    + " X-Not-Exported header.")
    @APIResponse(responseCode = "404", description = "No such version")
    public Response exportQuestions(@PathParam("module") String module, @PathParam("version") int version,
            @QueryParam("lang") String lang) {
        MoodleXmlWriter.MoodleExport export = authoring.exportQuestions(module, version,
                Caller.language(lang, headers));
        return attachment(export.xml(), "application/xml", module + "-v" + version + "-moodle.xml")
                .header("X-Not-Exported", export.notExported().size()).build();
    }

    @GET
    @Path("{module}/versions")
    @Operation(summary = "Every version with who staged and published it, when, and what changed")
    @APIResponse(responseCode = "404", description = "No such module")
    public List<VersionEntry> history(@PathParam("module") String module) {
        return authoring.history(module);
    }

    @GET
    @Path("{module}/versions/{version}/package")
    @Produces("application/zip")
    @Operation(summary = "A version's package zip; uploading it again gives the same package hash")
    @APIResponse(responseCode = "404", description = "No such version, or no package kept for it")
    public Response download(@PathParam("module") String module, @PathParam("version") int version) {
        PackageDownload download = authoring.download(module, version);
        return attachment(download.zip(), "application/zip", download.fileName())
                .header("X-Package-Sha256", download.sha256()).build();
    }

    @GET
    @Path("{module}/versions/{version}/preview")
    @Operation(summary = "A version (a draft, usually) as learners read it, with the quiz's answer key")
    @APIResponse(responseCode = "404", description = "No such version")
    public Preview preview(@PathParam("module") String module, @PathParam("version") int version,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return authoring.preview(module, version, Caller.language(lang, headers));
    }

    @POST
    @Path("{module}/draft/publish")
    @Operation(summary = "Publish the module's draft; the version published before it is retired")
    @APIResponse(responseCode = "409", description = "No draft to publish (published already?)")
    public Step publish(@PathParam("module") String module) {
        Published published = authoring.publish(module);
        return new Step(module, published.version(), published.retired());
    }

    @DELETE
    @Path("{module}/draft")
    @Operation(summary = "Discard the module's draft")
    @APIResponse(responseCode = "409", description = "No draft to discard")
    public Step discard(@PathParam("module") String module) {
        return new Step(module, authoring.discard(module), null);
    }

    @POST
    @Path("{module}/retire")
    @Operation(summary = "Take the module out of the catalogue; progress and certificates stay")
    @APIResponse(responseCode = "409", description = "Nothing published to retire")
    public Step retire(@PathParam("module") String module) {
        return new Step(module, null, authoring.retire(module));
    }

    @POST
    @Path("{module}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an earlier version's content again, as a new version number")
    @APIResponse(responseCode = "409", description = "A draft is waiting, or that version's package was not kept")
    public Step rollBack(@PathParam("module") String module, RollBack request) {
        return new Step(module, authoring.rollBack(module, request == null ? null : request.version()), null);
    }

    /** A file to save, never cached: versions are content authors may not want on a shared computer. */
    private static Response.ResponseBuilder attachment(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }

    private Locale locale() {
        return Locale.forLanguageTag(Caller.language(null, headers));
    }

    private Response uploaded(UploadReport report) {
        Report localized = Report.of(report, locale());
        if (!report.valid()) {
            return Response.status(422).entity(localized).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(PackagesResource.class)
                .path("{module}/versions/{version}/preview").build(report.module(), report.version()))
                .entity(localized).build();
    }
}
