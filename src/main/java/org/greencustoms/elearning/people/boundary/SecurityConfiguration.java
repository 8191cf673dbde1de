package org.greencustoms.elearning.people.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on the platform's own page (login.xhtml), which hands the credentials to Jakarta Security; a
 * protected page sends an anonymous visitor there and back again after signing in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"LEARNER", "AUTHOR", "TRAINER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
