package org.greencustoms.elearning.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greencustoms.elearning.audit.boundary.AuditLog;
import org.greencustoms.elearning.platform.Page;

/**
 * The audit log, /admin/audit.xhtml: filtered by actor, action, record and days (both included, UTC) with GET
 * parameters that the export links pass on to REST unchanged.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private String record;
    private LocalDate from;
    private LocalDate to;
    private int page = 1;
    private Page<AuditLog.Entry> found;

    public void load() {
        found = log.search(new AuditLog.Query(actor, action, record, start(from), start(to == null ? null
                : to.plusDays(1))), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The filters as query parameters, the same for this page's pager and the REST export. */
    public String getQuery() {
        StringBuilder out = new StringBuilder();
        append(out, "actor", actor);
        append(out, "action", action);
        append(out, "record", record);
        append(out, "from", from == null ? null : from.toString());
        append(out, "to", to == null ? null : to.toString());
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<String> getActions() {
        return log.actions();
    }

    public int getPageCount() {
        return Math.max(1, (int) Math.ceil(found.total() / (double) PAGE_SIZE));
    }

    public Page<AuditLog.Entry> getFound() {
        return found;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
