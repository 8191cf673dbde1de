package org.greencustoms.elearning.authoring.boundary;

/** A version's package as a zip, with the name it is saved under. */
public record PackageDownload(String fileName, String sha256, byte[] zip) {
}
