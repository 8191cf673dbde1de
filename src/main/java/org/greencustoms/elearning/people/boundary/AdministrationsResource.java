package org.greencustoms.elearning.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.rest.Caller;

/** Customs administrations over REST: listed for everyone signed in, changed by administrators. */
@Path("administrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administrations", description = "Customs administrations (ISO 3166 countries) and regional groupings")
public class AdministrationsResource {

    public record Change(String name, Set<String> regions) {
    }

    @Inject
    Administrations administrations;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Every customs administration, with its regional groupings")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<Administrations.View> all() {
        caller.signedIn();
        return administrations.all();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an administration and set its regional groupings (administrators)")
    @APIResponse(responseCode = "400", description = "Every problem, in errors")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No administration has this code")
    public Administrations.View update(@PathParam("code") String code, Change change) {
        if (change == null) {
            throw new InvalidRequestException(List.of("give the change as JSON: name, regions"));
        }
        return administrations.update(code, change.name(), change.regions());
    }
}
