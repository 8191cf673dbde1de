package org.greencustoms.elearning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greencustoms.elearning.platform.Languages;

/**
 * The language of the page: a "lang" request parameter (which is then remembered in a cookie), else the cookie,
 * else the browser's Accept-Language, else English. Kept out of the session so that anonymous visitors need none.
 * Works outside Faces too (servlets), where it only reads the language and remembers nothing.
 */
@Named
@RequestScoped
public class LocaleBean {

    static final String COOKIE = "gc-lang";

    @Inject
    HttpServletRequest request;

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

    /** A moment in the reader's language, in UTC (officers work across time zones; UTC is what the record says). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC).format(instant);
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    /** Uses the language from now on (the account's preferred one, after signing in). */
    public void remember(String language) {
        if (language != null && Languages.SUPPORTED.contains(language)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                faces.getExternalContext().addResponseCookie(COOKIE, language, Map.of("maxAge", 365 * 24 * 3600,
                        "path", "/", "httpOnly", true, "SameSite", "Lax"));
            }
            this.language = language;
        }
    }

    private String resolve() {
        String requested = request.getParameter("lang");
        if (requested != null && Languages.SUPPORTED.contains(requested)) {
            remember(requested);
            return requested;
        }
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
