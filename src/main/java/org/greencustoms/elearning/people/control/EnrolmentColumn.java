package org.greencustoms.elearning.people.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an enrolment file and the header names each goes by. Trainers export their lists from whatever
 * HR sheet they have, in English, French, Spanish or Portuguese, so a header is compared without case, accents or
 * punctuation: "E-mail", "Courriel" and "correo electrónico" are all {@link #EMAIL}.
 */
enum EnrolmentColumn {

    USERNAME("username", true, "username", "user name", "user", "userid", "user id", "login", "identifiant",
            "utilisateur", "nom d utilisateur", "usuario", "nombre de usuario", "nome de usuario", "utilizador"),
    FULL_NAME("full name", true, "full name", "fullname", "name", "display name", "displayname", "nom complet",
            "nom", "nombre", "nombre completo", "nome", "nome completo"),
    EMAIL("email", false, "email", "e mail", "mail", "email address", "e mail address", "courriel",
            "adresse electronique", "adresse email", "adresse e mail", "correo", "correo electronico",
            "correio eletronico", "correio electronico"),
    ADMINISTRATION("administration", false, "administration", "country", "country code", "pays", "administracion",
            "pais", "administracao"),
    LANGUAGE("language", false, "language", "lang", "langue", "idioma", "lingua");

    private final String canonical;
    private final boolean required;
    private final Set<String> names;

    EnrolmentColumn(String canonical, boolean required, String... names) {
        this.canonical = canonical;
        this.required = required;
        this.names = Set.of(names);
    }

    /** The English name problems use to say which column, whatever the file called it. */
    String canonical() {
        return canonical;
    }

    /** Whether the header must have the column: the optional ones can be left out altogether. */
    boolean required() {
        return required;
    }

    static Optional<EnrolmentColumn> named(String header) {
        String key = comparable(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }

    /** Lower case, no accents, any run of other characters one space: "Nom_d'Utilisateur" is "nom d utilisateur". */
    static String comparable(String header) {
        String bare = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
