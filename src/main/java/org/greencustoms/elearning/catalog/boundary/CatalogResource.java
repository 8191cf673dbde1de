package org.greencustoms.elearning.catalog.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.platform.rest.Caller;

/** The published catalogue over REST. Texts are in the language of {@code lang}, else of Accept-Language. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Agreements and published modules")
public class CatalogResource {

    @Inject
    Catalog catalog;

    @Context
    HttpHeaders headers;

    @GET
    @Path("conventions")
    @Operation(summary = "The agreements, in the initiative's order, each with its published modules")
    public List<ConventionView> conventions(
            @QueryParam("lang") @Parameter(description = "en, fr, es or pt") String lang) {
        return catalog.conventions(language(lang));
    }

    @GET
    @Path("modules")
    @Operation(summary = "The current published version of every module")
    public List<ModuleSummary> modules(@QueryParam("lang") @Parameter(description = "en, fr, es or pt") String lang) {
        return catalog.modules(language(lang));
    }

    @GET
    @Path("modules/{id}")
    @Operation(summary = "The outline of a module: units, quiz rules and sources")
    @APIResponse(responseCode = "200", description = "The module's outline")
    @APIResponse(responseCode = "404", description = "No published module has this id")
    public ModuleOutline module(@PathParam("id") String id,
            @QueryParam("lang") @Parameter(description = "en, fr, es or pt") String lang) {
        return catalog.module(id, language(lang))
                .orElseThrow(() -> new NotFoundException("No published module has the id '" + id + "'"));
    }

    @GET
    @Path("modules/{id}/versions")
    @Operation(summary = "Every published version of a module, oldest first, with its status")
    @APIResponse(responseCode = "404", description = "No module has this id")
    public List<VersionSummary> versions(@PathParam("id") String id) {
        List<VersionSummary> history = catalog.history(id);
        if (history.isEmpty()) {
            throw new NotFoundException("No module has the id '" + id + "'");
        }
        return history;
    }

    private String language(String lang) {
        return Caller.language(lang, headers);
    }
}
