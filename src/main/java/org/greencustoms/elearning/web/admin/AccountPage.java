package org.greencustoms.elearning.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greencustoms.elearning.people.boundary.AccountChanges;
import org.greencustoms.elearning.people.boundary.AccountRow;
import org.greencustoms.elearning.people.boundary.Accounts;
import org.greencustoms.elearning.people.boundary.Administrations;
import org.greencustoms.elearning.people.boundary.NewAccount;
import org.greencustoms.elearning.people.control.IssuedLink;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.web.Messages;

/**
 * One account, /admin/account.xhtml?id= (or a new one without id): name, e-mail, language, administration and
 * roles; disable or re-enable, unlock, and a one-time set-password link, shown once to copy.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Administrations administrations;

    @Inject
    FacesContext faces;

    private Long id;
    private AccountRow account;
    private String username;
    private String displayName;
    private String email;
    private String language = "en";
    private String administration;
    private List<String> roles = new ArrayList<>(List.of(Role.LEARNER.name()));
    private IssuedLink link;

    public void load() {
        if (id != null && account == null) {
            show(accounts.get(id));
        }
    }

    private void show(AccountRow row) {
        account = row;
        username = row.username();
        displayName = row.displayName();
        email = row.email();
        language = row.language();
        administration = row.administration();
        roles = row.roles().stream().map(Enum::name).sorted().toList();
    }

    /** Creates the account without a password: its owner sets one with the link shown next. */
    public String create() {
        Accounts.Created created = accounts.register(new NewAccount(username, displayName, null, language,
                chosenRoles()));
        link = created.link();
        AccountRow row = created.account();
        if (email != null && !email.isBlank() || administration != null && !administration.isBlank()) {
            row = accounts.update(row.id(), new AccountChanges(displayName, email, language, administration,
                    chosenRoles()));
        }
        id = row.id();
        show(row);
        info("account.created");
        return null;
    }

    public void save() {
        show(accounts.update(id, new AccountChanges(displayName, email, language, administration, chosenRoles())));
        info("account.saved");
    }

    public void toggleDisabled() {
        show(accounts.setDisabled(id, !account.disabled()));
        info(account.disabled() ? "account.disabledNow" : "account.enabledNow");
    }

    public void unlock() {
        show(accounts.unlock(id));
        info("account.unlocked");
    }

    public void issueLink() {
        link = accounts.issuePasswordLink(id);
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        return chosen;
    }

    /** The link as the officer opens it: this server's address as the administrator reached it. */
    public String getLinkUrl() {
        if (link == null) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath()
                + link.path();
    }

    private void info(String key) {
        faces.addMessage(null, new FacesMessage(Messages.get(faces, key)));
    }

    public List<Administrations.View> getAdministrations() {
        return administrations.all();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public boolean isNew() {
        return id == null;
    }

    public AccountRow getAccount() {
        return account;
    }

    public IssuedLink getLink() {
        return link;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
