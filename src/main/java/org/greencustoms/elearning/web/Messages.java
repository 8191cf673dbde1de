package org.greencustoms.elearning.web;

import jakarta.faces.context.FacesContext;

/** The page's message bundle ("msg"), for texts built in beans. */
public final class Messages {

    private Messages() {
    }

    public static String get(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
