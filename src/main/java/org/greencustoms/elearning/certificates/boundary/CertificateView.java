package org.greencustoms.elearning.certificates.boundary;

import java.time.Instant;

/** A certificate as it is printed and verified; {@code percent} is null for a module without a quiz. */
public record CertificateView(String code, String moduleId, String moduleTitle, int version, String learnerName,
        Double percent, Instant issuedAt) {
}
