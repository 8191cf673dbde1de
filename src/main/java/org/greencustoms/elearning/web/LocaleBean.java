package org.greencustoms.elearning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greencustoms.elearning.platform.Languages;

/**
 * The language of the page: a "lang" request parameter (which is then remembered in a cookie), else the cookie,
 * else the browser's Accept-Language, else English. Kept out of the session so that anonymous visitors need none.
 */
@Named
@RequestScoped
public class LocaleBean {

    static final String COOKIE = "gc-lang";

    private String language;

    public String getLanguage() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    private String resolve() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String requested = external.getRequestParameterMap().get("lang");
        if (requested != null && Languages.SUPPORTED.contains(requested)) {
            external.addResponseCookie(COOKIE, requested, Map.of("maxAge", 365 * 24 * 3600, "path", "/",
                    "httpOnly", true, "SameSite", "Lax"));
            return requested;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return Languages.choose(Collections.list(request.getLocales()));
    }
}
