package org.greencustoms.elearning.authoring.boundary;

/** What publishing a draft did: the version now published, and the one it retired (null if none was). */
public record Published(int version, Integer retired) {
}
