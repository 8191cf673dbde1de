package org.greencustoms.elearning.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.rest.Caller;

/** Accounts over REST, for administrators: create learners, authors, trainers and other administrators. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts, for administrators")
public class AccountsResource {

    public record Created(String username, String displayName, String language, Set<Role> roles) {
    }

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (administrators only)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Every problem with the account as given, in errors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(NewAccount account) {
        caller.withRole(Role.ADMIN.name());
        if (account == null) {
            throw new InvalidAccountException(List.of("give the account as JSON: username, displayName, password, "
                    + "language, roles"));
        }
        UserAccount created = accounts.register(account);
        return Response.status(Response.Status.CREATED).entity(new Created(created.getUsername(),
                created.getDisplayName(), created.getPreferredLanguage(), created.getRoles())).build();
    }
}
