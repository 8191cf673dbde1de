package org.greencustoms.elearning.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.greencustoms.elearning.people.boundary.SignIn;
import org.greencustoms.elearning.web.LocaleBean;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.primefaces.context.PrimeFacesContext;

/**
 * The sign-in form: hands the credentials to Jakarta Security and says, without detail, when they are refused. After
 * signing in, goes to the local page named by the "next" parameter, else to the catalogue.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    SignIn signIn;

    @Inject
    LocaleBean locale;

    private String username;
    private String password;
    private String next;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id before the session becomes authenticated: an id seen before sign-in is worth nothing.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            signIn.preferredLanguage().ifPresent(locale::remember);
            if (isLocalPath(next)) {
                external.redirect(external.getRequestContextPath() + next);
                faces.responseComplete();
                return null;
            }
            return "/index?faces-redirect=true";
        }
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("signIn.failed"),
                messages.getString("signIn.failed.detail")));
        return null;
    }

    /**
     * Only a path on this site: "next" comes from the address bar, and must not send anyone elsewhere ("//host",
     * "/\\host", "/x?u=https://..."), nor put a control character, space or anything but printable ASCII into the
     * Location header (a decoded %0A would split it, a %09 would reach the browser raw).
     */
    static boolean isLocalPath(String path) {
        return path != null && path.length() < 500 && path.startsWith("/") && !path.startsWith("//")
                && path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\') && !path.contains("://");
    }

    /**
     * The page's script nonce, sent back with the form. PrimeFaces' script adds it to every form too; the sign-in
     * page keeps no view state to hold it, so without script the sign-in would otherwise be refused.
     */
    public String getNonce() {
        return PrimeFacesContext.getCspState(faces).getNonce();
    }

    /** Where "continue" goes when someone already signed in opens this page: "next", else the catalogue. */
    public String getContinueTo() {
        return faces.getExternalContext().getRequestContextPath() + (isLocalPath(next) ? next : "/");
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
