package org.greencustoms.elearning.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit log. Entries are only ever added. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String recordType, String recordId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }
}
