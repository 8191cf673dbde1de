package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API, version 1, for mobile and offline clients and for integration. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Green Customs e-Learning API", version = "1",
        description = "The catalogue of modules on the trade-related environmental agreements, and learning records.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
public class RestApplication extends Application {
}
