package org.greencustoms.elearning.people.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.Page;
import org.greencustoms.elearning.platform.export.ExportFormat;
import org.greencustoms.elearning.platform.rest.Caller;
import org.greencustoms.elearning.platform.rest.ExportResponse;

/** Accounts over REST, for administrators: the same as the Accounts pages. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts, for administrators")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Find accounts by text (username, name, e-mail), role, administration and state, a page at "
            + "a time")
    @APIResponse(responseCode = "200", description = "One page of accounts, and how many match in all")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Page<AccountRow> search(@QueryParam("q") String text, @QueryParam("role") Role role,
            @QueryParam("administration") String administration, @QueryParam("disabled") Boolean disabled,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return accounts.search(new Accounts.Query(text, role, administration, disabled), Page.offset(offset),
                Page.limit(limit));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Every account the filters find, as CSV (format=csv) or XLSX (format=xlsx), streamed")
    @APIResponse(responseCode = "400", description = "Not a format the platform writes")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response export(@QueryParam("format") String format, @QueryParam("q") String text,
            @QueryParam("role") Role role, @QueryParam("administration") String administration,
            @QueryParam("disabled") Boolean disabled) {
        // Refused here, before the answer starts: once the file streams out, a refusal could no longer be a 403.
        caller.withRole("ADMIN");
        ExportFormat chosen = ExportResponse.format(format);
        Accounts.Query query = new Accounts.Query(text, role, administration, disabled);
        return ExportResponse.streamed("accounts", chosen, out -> accounts.export(query, chosen, out));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account; without a password, a one-time set-password link comes back (once)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Every problem with the account as given, in errors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(NewAccount account) {
        if (account == null) {
            throw new InvalidAccountException(List.of("give the account as JSON: username, displayName, password "
                    + "(optional), language, roles"));
        }
        Accounts.Created created = accounts.register(account);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "No account has this id")
    public AccountRow get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's name, e-mail, language, administration and roles")
    @APIResponse(responseCode = "400", description = "Every problem with the changes, in errors")
    @APIResponse(responseCode = "404", description = "No account has this id")
    public AccountRow update(@PathParam("id") long id, AccountChanges changes) {
        if (changes == null) {
            throw new InvalidAccountException(List.of("give the changes as JSON: displayName, email, language, "
                    + "administration, roles"));
        }
        return accounts.update(id, changes);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: it cannot sign in; its records stay")
    public AccountRow disable(@PathParam("id") long id) {
        return accounts.setDisabled(id, true);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    public AccountRow enable(@PathParam("id") long id) {
        return accounts.setDisabled(id, false);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the lock that repeated failed sign-ins put on an account")
    public AccountRow unlock(@PathParam("id") long id) {
        return accounts.unlock(id);
    }

    @POST
    @Path("{id}/password-link")
    @Operation(summary = "Issue a one-time set-password link (older links of the account stop working)")
    public IssuedLink passwordLink(@PathParam("id") long id) {
        return accounts.issuePasswordLink(id);
    }
}
