package org.greencustoms.elearning.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.assessment.boundary.AttemptReview;
import org.greencustoms.elearning.assessment.boundary.Attempts;
import org.greencustoms.elearning.platform.rest.Caller;

/** A learner's submitted attempt as their trainer reviews it. */
@Path("reports/attempts/{id}")
@Tag(name = "Reports")
public class TrainerReviewResource {

    @Inject
    Attempts attempts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every answer of a submitted attempt with the right one, for the learner's trainers")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a trainer or administrator")
    @APIResponse(responseCode = "404", description = "No such attempt by a learner of the caller's cohorts")
    @APIResponse(responseCode = "409", description = "The attempt is still open")
    public AttemptReview review(@PathParam("id") long id, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return attempts.trainerReview(id, Caller.language(lang, headers));
    }
}
