package org.greencustoms.elearning.web.learn;

import jakarta.faces.context.FacesContext;

/** The page's message bundle ("msg"), for texts built in beans. */
final class Messages {

    private Messages() {
    }

    static String get(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
