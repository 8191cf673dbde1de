package org.greencustoms.elearning.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;

/**
 * The package a module version was staged from, as a zip of its files: downloaded by authors, compared between
 * versions and published again by a rollback. Its hash is the version's package hash.
 */
@Entity
@Table(name = "package_archive")
public class PackageArchive {

    @Id
    @Column(name = "module_version_id")
    private Long id;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id")
    private ModuleVersion moduleVersion;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] data;

    protected PackageArchive() {
    }

    public PackageArchive(ModuleVersion moduleVersion, String sha256, byte[] zip) {
        this.moduleVersion = moduleVersion;
        this.sha256 = sha256;
        this.size = zip.length;
        this.data = zip.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public byte[] getData() {
        return data.clone();
    }
}
