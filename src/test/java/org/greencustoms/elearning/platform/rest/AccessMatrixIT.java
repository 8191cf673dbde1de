package org.greencustoms.elearning.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, tried for real: every REST operation of the OpenAPI document and every trainer and
 * administrator page, as anonymous, a learner, an author, the trainer of another cohort, the trainer of this cohort
 * and an administrator. An operation or page this test has no rule for fails it, so a new one cannot escape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final String MODULE = "quiz-journey";
    private static final String MULTIPART = "multipart/form-data; boundary=matrix";

    /** Who an operation is for; each caller's expected answer follows from it. */
    enum Audience {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in. */
        SIGNED_IN,
        /** Learners, their own records. */
        LEARNER,
        /** Trainers and administrators, no particular record. */
        STAFF,
        /** A cohort's trainers, a learner's trainers (and administrators): another trainer is answered 404. */
        SCOPED,
        /** Administrators. */
        ADMIN,
        /** Authors and administrators. */
        AUTHORING,
        /**
         * Not called: signing in and out are what the matrix itself runs on (a bad sign-in answers 401 by design,
         * signing out would end the caller's session); LearnerRestIT and SignInBrowserIT test them.
         */
        SKIPPED
    }

    enum Caller { ANONYMOUS, LEARNER, AUTHOR, OTHER_TRAINER, THIS_TRAINER, ADMIN }

    private record Rule(String method, Pattern path, Audience audience) {
        boolean matches(String m, String p) {
            return method.equals(m) && path.matcher(p).matches();
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("POST", "/api/v1/session", Audience.SKIPPED),
            rule("GET", "/api/v1/session", Audience.SIGNED_IN),
            rule("DELETE", "/api/v1/session", Audience.SKIPPED),
            rule("GET", "/api/v1/(conventions|modules)(/.*)?", Audience.PUBLIC),
            rule("GET", "/api/v1/certificates/\\{code\\}", Audience.PUBLIC),
            rule("GET", "/api/v1/administrations", Audience.SIGNED_IN),
            rule("PUT", "/api/v1/administrations/\\{code\\}", Audience.ADMIN),
            rule("ANY", "/api/v1/(attempts|me)(/.*)?", Audience.LEARNER),
            rule("ANY", "/api/v1/(accounts|audit)(/.*)?", Audience.ADMIN),
            rule("ANY", "/api/v1/cohorts", Audience.STAFF),
            rule("ANY", "/api/v1/cohorts/\\{id\\}(/.*)?", Audience.SCOPED),
            rule("ANY", "/api/v1/reports/(cohorts|learners|attempts)/\\{id\\}(/.*)?", Audience.SCOPED),
            rule("ANY", "/api/v1/reports/(items|indicators)(/.*)?", Audience.STAFF),
            rule("ANY", "/api/v1/packages(/.*)?", Audience.AUTHORING),
            rule("GET", "/author/[a-z-]+\\.xhtml", Audience.AUTHORING),
            rule("GET", "/trainer/(cohort|progress|learner|attempt)\\.xhtml", Audience.SCOPED),
            rule("GET", "/trainer/[a-z-]+\\.xhtml", Audience.STAFF),
            rule("GET", "/admin/[a-z-]+\\.xhtml", Audience.ADMIN));

    private static final Map<Caller, RestClient> CLIENTS = new LinkedHashMap<>();
    private static long cohort;
    private static long learner;
    private static long attempt;
    private static long victim;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("access-matrix-it");
    }

    @BeforeAll
    static void people() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RestClient admin = RestClient.signedIn("admin");
        String password = "an access matrix password";
        Map<Caller, String> roles = Map.of(Caller.LEARNER, "LEARNER", Caller.AUTHOR, "AUTHOR",
                Caller.OTHER_TRAINER, "TRAINER", Caller.THIS_TRAINER, "TRAINER", Caller.ADMIN, "ADMIN");
        CLIENTS.put(Caller.ANONYMOUS, new RestClient());
        for (Caller caller : List.of(Caller.LEARNER, Caller.AUTHOR, Caller.OTHER_TRAINER, Caller.THIS_TRAINER,
                Caller.ADMIN)) {
            String username = caller.name().toLowerCase().replace('_', '-') + "-" + suffix;
            long id = create(admin, username, password, roles.get(caller));
            if (caller == Caller.LEARNER) {
                learner = id;
            }
            CLIENTS.put(caller, RestClient.signedIn(username, password));
        }
        victim = create(admin, "victim-" + suffix, password, "LEARNER");

        RestClient officer = CLIENTS.get(Caller.LEARNER);
        attempt = json(officer.send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}"))
                .getJsonNumber("id").longValue();
        assertThat(officer.send("POST", "/api/v1/attempts/" + attempt + "/submission", null).statusCode())
                .isEqualTo(200);

        RestClient trainer = CLIENTS.get(Caller.THIS_TRAINER);
        HttpResponse<String> created = trainer.send("POST", "/api/v1/cohorts", "{\"name\":\"Matrix " + suffix + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        cohort = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> enrolled = trainer.send("POST", "/api/v1/cohorts/" + cohort + "/learners",
                "{\"username\":\"learner-" + suffix + "\",\"fullName\":\"Learner\"}");
        assertThat(json(enrolled).getBoolean("applied")).as(enrolled.body()).isTrue();
    }

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersEachCallerAsItsRuleSays() throws Exception {
        JsonObject paths = json(new RestClient().send("GET", "/openapi?format=JSON", null)).getJsonObject("paths");
        SoftAssertions softly = new SoftAssertions();
        int calls = 0;
        for (String path : paths.keySet()) {
            JsonObject operations = paths.getJsonObject(path);
            for (String method : operations.keySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                String verb = method.toUpperCase();
                Audience audience = audience(verb, path);
                softly.assertThat(audience).as("a rule for %s %s", verb, path).isNotNull();
                if (audience == null || audience == Audience.SKIPPED) {
                    continue;
                }
                String operation = operations.getJsonObject(method).toString();
                String type = operation.contains("\"text/csv\"") ? "text/csv"
                        : operation.contains("\"multipart/form-data\"") ? MULTIPART : "application/json";
                for (Caller caller : Caller.values()) {
                    HttpResponse<String> response = call(caller, verb, path, type);
                    calls++;
                    check(softly, caller, audience, verb + " " + response.uri().getPath(), response.statusCode(),
                            response.body());
                }
            }
        }
        softly.assertAll();
        assertThat(calls).as("operations × callers").isGreaterThan(40 * Caller.values().length);
    }

    @Test
    void everyTrainerAndAdministratorPageAnswersEachCallerAsItsRuleSays() throws Exception {
        List<String> pages = new ArrayList<>();
        for (String folder : List.of("trainer", "admin", "author")) {
            Path pagesFolder = Path.of("src/main/webapp", folder);
            if (!Files.isDirectory(pagesFolder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(pagesFolder)) {
                files.map(f -> "/" + folder + "/" + f.getFileName()).filter(p -> p.endsWith(".xhtml")).sorted()
                        .forEach(pages::add);
            }
        }
        assertThat(pages).contains("/trainer/index.xhtml", "/trainer/cohort.xhtml", "/trainer/progress.xhtml",
                "/trainer/items.xhtml", "/trainer/indicators.xhtml", "/author/index.xhtml", "/author/module.xhtml",
                "/author/preview.xhtml");
        SoftAssertions softly = new SoftAssertions();
        for (String page : pages) {
            Audience audience = audience("GET", page);
            softly.assertThat(audience).as("a rule for %s", page).isNotNull();
            if (audience == null) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = CLIENTS.get(caller).page(page + query(page));
                String what = page + query(page);
                if (caller == Caller.ANONYMOUS) {
                    softly.assertThat(response.statusCode()).as("%s for %s", what, caller).isEqualTo(302);
                    softly.assertThat(response.headers().firstValue("Location")).as("%s for %s", what, caller)
                            .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
                } else {
                    check(softly, caller, audience, what, response.statusCode(), "");
                }
            }
        }
        softly.assertAll();
    }

    /**
     * What each caller must get: 401 before signing in, 403 without the role (the page a browser gets says "not
     * found" all the same), 404 for another trainer's records, and anything else (200, or a 400 for the test's
     * deliberately empty bodies) once allowed.
     */
    private static void check(SoftAssertions softly, Caller caller, Audience audience, String what, int status,
            String body) {
        String as = what + " for " + caller + " (" + audience + "): " + abbreviated(body);
        boolean signedIn = caller != Caller.ANONYMOUS;
        if (audience == Audience.PUBLIC || audience == Audience.SIGNED_IN && signedIn) {
            softly.assertThat(status).as(as).isNotIn(401, 403, 500);
        } else if (!signedIn) {
            softly.assertThat(status).as(as).isEqualTo(401);
        } else if (!hasRole(caller, audience)) {
            softly.assertThat(status).as(as).isEqualTo(403);
        } else if (audience == Audience.SCOPED && caller == Caller.OTHER_TRAINER) {
            softly.assertThat(status).as(as).isEqualTo(404);
        } else if (audience == Audience.SCOPED) {
            softly.assertThat(status).as(as).isNotIn(401, 403, 404, 500);
        } else {
            softly.assertThat(status).as(as).isNotIn(401, 403, 500);
        }
    }

    private static boolean hasRole(Caller caller, Audience audience) {
        return switch (audience) {
            case LEARNER -> caller == Caller.LEARNER;
            case STAFF, SCOPED -> caller == Caller.OTHER_TRAINER || caller == Caller.THIS_TRAINER
                    || caller == Caller.ADMIN;
            case ADMIN -> caller == Caller.ADMIN;
            case AUTHORING -> caller == Caller.AUTHOR || caller == Caller.ADMIN;
            default -> true;
        };
    }

    private static HttpResponse<String> call(Caller caller, String method, String template, String type)
            throws Exception {
        // Authors' operations change modules: aimed at one that does not exist, so the allowed answer is 404.
        String module = template.startsWith("/api/v1/packages/") ? "no-such-module" : MODULE;
        String path = template.replace("{code}", template.contains("administrations") ? "MW" : "GC-0000-0000-0000")
                .replace("{module}", module).replace("{version}", "1")
                .replace("{accountId}", String.valueOf(method.equals("DELETE") ? victim : learner))
                .replace("{id}", String.valueOf(idFor(template)));
        String body = method.equals("GET") || method.equals("DELETE") ? null
                : switch (type) {
                    case "text/csv" -> "username,full name\n";
                    case MULTIPART -> "--matrix\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno file\r\n--matrix--\r\n";
                    default -> "{}";
                };
        return CLIENTS.get(caller).send(method, path, "application/json, text/csv, */*", type, body);
    }

    private static long idFor(String template) {
        if (template.startsWith("/api/v1/cohorts/") || template.startsWith("/api/v1/reports/cohorts/")) {
            return cohort;
        } else if (template.startsWith("/api/v1/reports/learners/")) {
            return learner;
        } else if (template.startsWith("/api/v1/accounts/")) {
            return victim;
        } else if (template.startsWith("/api/v1/modules/")) {
            return 0;
        }
        return attempt;
    }

    private static String query(String page) {
        return switch (page) {
            case "/trainer/cohort.xhtml", "/trainer/progress.xhtml" -> "?id=" + cohort;
            case "/trainer/learner.xhtml" -> "?id=" + learner;
            case "/trainer/attempt.xhtml" -> "?id=" + attempt;
            case "/admin/account.xhtml" -> "?id=" + victim;
            case "/author/module.xhtml" -> "?id=" + MODULE;
            case "/author/preview.xhtml" -> "?module=" + MODULE + "&version=1";
            default -> "";
        };
    }

    private static Audience audience(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path) || r.method().equals("ANY")
                && r.path().matcher(path).matches()).findFirst().map(Rule::audience).orElse(null);
    }

    private static Rule rule(String method, String path, Audience audience) {
        return new Rule(method, Pattern.compile(path), audience);
    }

    private static long create(RestClient admin, String username, String password, String role) throws Exception {
        HttpResponse<String> created = admin.send("POST", "/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"password\":\"" + password + "\",\"language\":\"en\","
                + "\"roles\":[\"" + role + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonObject("account").getJsonNumber("id").longValue();
    }

    private static JsonObject json(HttpResponse<String> response) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
