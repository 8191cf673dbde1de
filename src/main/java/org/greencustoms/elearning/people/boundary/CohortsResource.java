package org.greencustoms.elearning.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.people.control.EnrolmentRow;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.platform.InvalidRequestException;

/** Cohorts over REST, for their trainers and administrators: the same as the cohort pages. */
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Classes and workshops: trainers, assigned modules, enrolment")
public class CohortsResource {

    public record Trainer(String username) {
    }

    public record ModuleAssignment(LocalDate dueOn) {
    }

    public record Officer(String username, String fullName, String email, String administration, String language) {
    }

    @Inject
    Cohorts cohorts;

    @GET
    @Operation(summary = "The cohorts the caller runs (every cohort, for an administrator)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    public List<CohortView> visible() {
        return cohorts.visible();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a cohort, run by the caller")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Every problem, in errors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    public Response create(CohortForm form) {
        CohortView created = cohorts.create(required(form, "name, place, startsOn, endsOn, administrations"));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cohort the caller runs")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public CohortView get(@PathParam("id") long id) {
        return cohorts.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a cohort again: name, place, dates, administrations")
    @APIResponse(responseCode = "400", description = "Every problem, in errors")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public CohortView update(@PathParam("id") long id, CohortForm form) {
        return cohorts.update(id, required(form, "name, place, startsOn, endsOn, administrations"));
    }

    @POST
    @Path("{id}/trainers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a co-trainer by username (an account with the TRAINER role)")
    @APIResponse(responseCode = "400", description = "No trainer has this username")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public CohortView addTrainer(@PathParam("id") long id, Trainer trainer) {
        return cohorts.addTrainer(id, required(trainer, "username").username());
    }

    @DELETE
    @Path("{id}/trainers/{accountId}")
    @Operation(summary = "Remove a co-trainer (the last trainer stays)")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public CohortView removeTrainer(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return cohorts.removeTrainer(id, accountId);
    }

    @PUT
    @Path("{id}/modules/{module}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a published module, with an optional due date (or change its due date)")
    @APIResponse(responseCode = "404", description = "No such cohort or published module")
    public CohortView assign(@PathParam("id") long id, @PathParam("module") String module,
            ModuleAssignment assignment) {
        return cohorts.assign(id, module, assignment == null ? null : assignment.dueOn());
    }

    @DELETE
    @Path("{id}/modules/{module}")
    @Operation(summary = "Withdraw a module from the cohort (the learners' progress is kept)")
    @APIResponse(responseCode = "404", description = "No such cohort or published module")
    public CohortView unassign(@PathParam("id") long id, @PathParam("module") String module) {
        return cohorts.unassign(id, module);
    }

    @GET
    @Path("{id}/learners")
    @Operation(summary = "The cohort's learners, by name")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public List<AccountRow> learners(@PathParam("id") long id) {
        return cohorts.learners(id);
    }

    @POST
    @Path("{id}/learners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol one officer: an existing learner by username, or a new account (with a set-password "
            + "link, shown once)")
    @APIResponse(responseCode = "200", description = "What was done; problems, if any, and nothing enrolled")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public EnrolmentReport enrolOne(@PathParam("id") long id, Officer officer) {
        Officer given = required(officer, "username, fullName, email, administration, language");
        return cohorts.enrolOne(id, new EnrolmentRow(1, blank(given.username()), blank(given.fullName()),
                blank(given.email()), blank(given.administration()), blank(given.language())));
    }

    @POST
    @Path("{id}/enrolments")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Enrol a CSV file of officers (username, full name, email, administration, language), whole "
            + "or not at all; with dryRun=true, only check it and say what it would do")
    @APIResponse(responseCode = "200", description = "Each row's outcome and every problem; applied says whether "
            + "anything was enrolled; the links of new accounts, shown once")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    @APIResponse(responseCode = "413", description = "The file is larger than 2 MB")
    public EnrolmentReport enrolFile(@PathParam("id") long id, @QueryParam("dryRun") boolean dryRun, byte[] file) {
        byte[] content = file == null ? new byte[0] : file;
        return dryRun ? cohorts.preview(id, content) : cohorts.importFile(id, content);
    }

    @DELETE
    @Path("{id}/learners/{accountId}")
    @Operation(summary = "Take a learner out of the cohort (the account and its progress are kept)")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller runs")
    public Response removeLearner(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        cohorts.removeLearner(id, accountId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/learners/{accountId}/password-link")
    @Operation(summary = "A new one-time set-password link for a learner of the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort or learner in it")
    public IssuedLink passwordLink(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return cohorts.issuePasswordLink(id, accountId);
    }

    private static <T> T required(T body, String fields) {
        if (body == null) {
            throw new InvalidRequestException(List.of("give the request as JSON: " + fields));
        }
        return body;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
