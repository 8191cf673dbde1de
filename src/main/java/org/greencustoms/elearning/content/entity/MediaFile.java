package org.greencustoms.elearning.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;

/** An image of a module version, kept in the database so that every server of a cluster can serve it. */
@Entity
@Table(name = "media_file")
@NamedQuery(name = MediaFile.BY_ADDRESS,
        query = """
                select m from MediaFile m
                where m.moduleVersion.module.slug = :slug and m.moduleVersion.version = :version and m.path = :path
                and case when m.moduleVersion.status = org.greencustoms.elearning.catalog.entity.ModuleStatus.DRAFT
                    then true else false end = :draft""")
public class MediaFile {

    public static final String BY_ADDRESS = "MediaFile.byAddress";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(nullable = false)
    private String path;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private byte[] data;

    protected MediaFile() {
    }

    public MediaFile(ModuleVersion moduleVersion, String path, String contentType, String sha256, byte[] data) {
        this.moduleVersion = moduleVersion;
        this.path = path;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.data = data.clone();
    }

    public String getPath() {
        return path;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data.clone();
    }
}
