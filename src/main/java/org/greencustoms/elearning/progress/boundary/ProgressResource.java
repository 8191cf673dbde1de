package org.greencustoms.elearning.progress.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.rest.Caller;

/** The signed-in learner's progress over REST: the same as the "My learning" page. */
@Path("me/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "The signed-in learner's modules and progress")
public class ProgressResource {

    @Inject
    Learning learning;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The modules the learner has started, most recent first: units done, grade, completion, "
            + "the next unit to read and the certificate's code")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<ModuleProgress> progress(@QueryParam("lang") String lang) {
        return learning.modulesOf(Caller.language(lang, headers));
    }
}
