package org.greencustoms.elearning.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.greencustoms.elearning.people.boundary.AccountRow;
import org.greencustoms.elearning.people.boundary.Accounts;
import org.greencustoms.elearning.people.entity.Role;
import org.greencustoms.elearning.platform.Page;

/** Accounts, /admin/accounts.xhtml: search, filter and page by GET parameters, to bookmark and to export. */
@Named
@RequestScoped
public class AccountsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    Accounts accounts;

    private String q;
    private String role;
    private String administration;
    private String state;
    private int page = 1;
    private Page<AccountRow> found;

    public void load() {
        found = accounts.search(query(), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private Accounts.Query query() {
        Role chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        Boolean disabled = "disabled".equals(state) ? Boolean.TRUE : "active".equals(state) ? Boolean.FALSE : null;
        return new Accounts.Query(q, chosen, administration == null || administration.isBlank() ? null
                : administration, disabled);
    }

    /** The filters as REST query parameters, for the export links (same names as the REST search). */
    public String getExportQuery() {
        Accounts.Query query = query();
        StringBuilder out = new StringBuilder();
        append(out, "q", query.text());
        append(out, "role", query.role() == null ? null : query.role().name());
        append(out, "administration", query.administration());
        append(out, "disabled", query.disabled() == null ? null : query.disabled().toString());
        return out.toString();
    }

    /** The filters as this page's own parameters, for the pager. */
    public String getPageQuery() {
        StringBuilder out = new StringBuilder();
        append(out, "q", q);
        append(out, "role", role);
        append(out, "administration", administration);
        append(out, "state", state);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public int getPageCount() {
        return Math.max(1, (int) Math.ceil(found.total() / (double) PAGE_SIZE));
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public Page<AccountRow> getFound() {
        return found;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
