package org.greencustoms.elearning.authoring.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resources for authors and administrators only, checked before the request's body is read: an anonymous upload
 * is answered 401 without its 50 MB being parsed. The boundary checks the roles again.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuthorsOnly {
}
