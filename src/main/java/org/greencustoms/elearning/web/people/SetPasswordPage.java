package org.greencustoms.elearning.web.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greencustoms.elearning.people.boundary.NewAccount;
import org.greencustoms.elearning.people.boundary.SignIn;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.web.Messages;

/**
 * /set-password.xhtml?token=: an officer opens the one-time link their trainer or administrator gave them and chooses
 * a password (twice), then signs in. A used, replaced or expired link says so and who can give a new one.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignIn signIn;

    @Inject
    FacesContext faces;

    private String token;
    private String holder;
    private String password;
    private String repeated;
    private String username;

    public void load() {
        if (holder == null && username == null) {
            holder = token == null ? null : signIn.linkHolder(token).orElse(null);
        }
    }

    public void save() {
        if (!NewAccount.passwordProblems(password).isEmpty()) {
            error("setPassword.tooShort");
        } else if (!password.equals(repeated)) {
            error("setPassword.mismatch");
        } else {
            try {
                username = signIn.setPassword(token, password);
            } catch (NotFoundException e) {
                holder = null;
            }
        }
        password = null;
        repeated = null;
    }

    private void error(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, key), null));
    }

    public int getMinLength() {
        return NewAccount.MIN_PASSWORD;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getHolder() {
        return holder;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
