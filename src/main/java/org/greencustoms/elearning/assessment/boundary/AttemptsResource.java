package org.greencustoms.elearning.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.rest.Caller;

/**
 * The quiz over REST, always on behalf of the signed-in learner: start or resume an attempt, save answers as they
 * go, submit, read the grade and the review. Someone else's attempt is answered as not found.
 */
@Path("attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quiz", description = "The signed-in learner's quiz attempts")
public class AttemptsResource {

    /** What to start: the module, by id. */
    public record StartRequest(String module) {
    }

    /**
     * Answers by question key, with the choice ids the learner was shown; {@code sequence} (optional) increases
     * with every save the client sends, so that a save overtaken on the network cannot replace a newer answer.
     */
    public record SaveRequest(Map<String, Answer> answers, Long sequence) {
    }

    public record Saved(Instant savedAt) {
    }

    @Inject
    Attempts attempts;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an attempt at a module's quiz, or resume the open one")
    @APIResponse(responseCode = "200", description = "The new or open attempt (at its Location): the questions in "
            + "their drawn order, without the key, and the answers saved so far")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No published module (with a quiz) has this id")
    @APIResponse(responseCode = "409", description = "Every attempt the module allows has been used")
    public Response start(StartRequest request, @QueryParam("lang") @Parameter(description = "en, fr, es or pt")
            String lang) {
        caller.withRole("LEARNER");
        if (request == null || request.module() == null || request.module().isBlank()) {
            throw new InvalidRequestException(List.of("module: give the id of the module whose quiz to start"));
        }
        AttemptView attempt = attempts.start(request.module(), Caller.language(lang, headers));
        return Response.ok().location(uri.getAbsolutePathBuilder().path(String.valueOf(attempt.id())).build())
                .entity(attempt).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An attempt as its learner sees it: questions in the drawn order, answers saved so far")
    @APIResponse(responseCode = "404", description = "No attempt of the caller has this id")
    public AttemptView get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return attempts.get(id, Caller.language(lang, headers));
    }

    @PUT
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save answers (all or none); answers to other questions stay as they were")
    @APIResponse(responseCode = "200", description = "Saved, with the server's time")
    @APIResponse(responseCode = "400", description = "An answer names a question or a choice the attempt does not "
            + "have; every problem is listed in errors")
    @APIResponse(responseCode = "409", description = "The attempt is submitted, or its time is up")
    public Saved save(@PathParam("id") long id, SaveRequest request) {
        caller.withRole("LEARNER");
        return request == null ? new Saved(attempts.save(id, null))
                : new Saved(attempts.save(id, request.answers(), request.sequence()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit and grade the attempt; submitting again returns the same grade")
    public AttemptResult submit(@PathParam("id") long id) {
        return attempts.submit(id);
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "The grade of a submitted attempt")
    @APIResponse(responseCode = "409", description = "The attempt is not submitted yet")
    public AttemptResult result(@PathParam("id") long id) {
        return attempts.result(id);
    }

    @GET
    @Path("{id}/review")
    @Operation(summary = "The review of a submitted attempt: answers, right answers, feedback, explanations")
    @APIResponse(responseCode = "403", description = "The module does not show the review (yet)")
    public AttemptReview review(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return attempts.review(id, Caller.language(lang, headers));
    }
}
