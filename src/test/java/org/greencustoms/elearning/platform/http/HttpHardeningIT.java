package org.greencustoms.elearning.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP surface as a browser or an attacker sees it: headers, caching, error answers that name nothing of the
 * implementation, the sign-in page's "next", sign-out, lock-out and sessions of anonymous visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHardeningIT {

    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "org\\.greencustoms|\\bat (java|jakarta|org|com)\\.|java\\.lang\\.|IllegalArgument|SRVE\\d|Open Liberty|"
                    + "com\\.ibm|RESTEASY|yasson", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("http-hardening-it");
    }

    @Test
    void pagesRestAnswersAndStaticResourcesCarryTheSecurityHeaders() throws Exception {
        Browser anonymous = new Browser();
        HttpResponse<String> page = anonymous.get("/index.xhtml");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'").containsPattern("script-src 'self' 'nonce-[^']+'")
                .doesNotContain("unsafe-inline'; script-src", "unsafe-eval");
        assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(page.body()).contains("nonce=\"" + nonce(page) + "\"");

        for (HttpResponse<String> answer : new HttpResponse[] {page, anonymous.get("/api/v1/conventions"),
                anonymous.get("/resources/css/app.css"), anonymous.get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces")}) {
            String what = answer.uri().getPath();
            assertThat(answer.statusCode()).as(what).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(
                    p -> assertThat(p).contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: " + what).isEmpty();
            assertThat(answer.headers().map().keySet()).as(what).noneMatch(h -> h.equalsIgnoreCase("X-Powered-By"));
        }
        assertThat(anonymous.get("/api/v1/conventions").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(anonymous.get("/resources/css/app.css").headers().allValues("Cache-Control"))
                .noneMatch(v -> v.contains("no-store") || v.contains("no-cache"));
    }

    @Test
    void signedInPagesAreNeverStored() throws Exception {
        Browser learner = Browser.signedIn("learner", "green-customs");

        HttpResponse<String> page = learner.get("/learn/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Cache-Control")).anyMatch(v -> v.contains("no-store"));
    }

    @Test
    void anonymousPageViewsCreateNoSession() throws Exception {
        for (String path : new String[] {"/login.xhtml", "/index.xhtml", "/module.xhtml?id=quiz-journey",
                "/verify.xhtml", "/verify.xhtml?code=GC-0000-0000-0000", "/expired.xhtml", "/no-such-page.xhtml"}) {
            HttpResponse<String> answer = new Browser().get(path);
            assertThat(answer.statusCode()).as(path).isIn(200, 404);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void encodedSlashesAndBackslashesAnswerOurPageWithoutStackFrames() throws Exception {
        for (String path : new String[] {"/a%2Fb", "/a%5Cb", "/learn%2Findex.xhtml", "/api/v1/modules%2Fx",
                "/jakarta.faces.resource/x%2F..%2Fy"}) {
            HttpResponse<String> answer = new Browser().get(path);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.body()).as(path).doesNotContainPattern(IMPLEMENTATION);
        }
    }

    @Test
    void anUnreadableOrExpiredViewStateShowsTheExpiredPage() throws Exception {
        Browser admin = Browser.signedIn("admin", "green-customs");
        HttpResponse<String> page = admin.get("/admin/administrations.xhtml");
        String nonce = nonce(page);
        for (String state : new String[] {"-123:456 not base64", "AAAA"}) {
            Map<String, String> form = Map.of("administrations", "administrations", "jakarta.faces.ViewState", state,
                    "primefaces.nonce", nonce);
            HttpResponse<String> full = admin.post("/admin/administrations.xhtml", form, Map.of());
            assertThat(full.statusCode()).as(state).isEqualTo(302);
            assertThat(full.headers().firstValue("Location")).as(state).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/expired.xhtml"));

            Map<String, String> ajax = new LinkedHashMap<>(form);
            ajax.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "administrations",
                    "jakarta.faces.partial.execute", "@all"));
            HttpResponse<String> partial = admin.post("/admin/administrations.xhtml", ajax,
                    Map.of("Faces-Request", "partial/ajax"));
            assertThat(partial.body()).as(state).contains("<redirect url=\"/expired.xhtml\"")
                    .doesNotContainPattern(IMPLEMENTATION);
        }
        HttpResponse<String> expired = admin.get("/expired.xhtml");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("error-page");
    }

    @Test
    void aBadRoleInJsonIsRefusedWithoutNamingAClass() throws Exception {
        RestClient admin = RestClient.signedIn("admin");

        HttpResponse<String> answer = admin.send("POST", "/api/v1/accounts", "{\"username\":\"enum-it\","
                + "\"displayName\":\"X\",\"password\":\"a long enough password\",\"language\":\"en\","
                + "\"roles\":[\"NOPE\"]}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("LEARNER, AUTHOR, TRAINER or ADMIN").doesNotContainPattern(IMPLEMENTATION)
                .doesNotContain("Role");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void nextIsFollowedOnlyWhenItIsAPlainLocalPath() throws Exception {
        assertThat(Browser.signInTo("learner", "green-customs", "%0A")).endsWith("/index.xhtml");
        assertThat(Browser.signInTo("learner", "green-customs", "%09%2F%2Fevil.example")).endsWith("/index.xhtml")
                .doesNotContain("\t", "evil");
        assertThat(Browser.signInTo("learner", "green-customs", "%2Flearn%2Findex.xhtml"))
                .endsWith("/learn/index.xhtml");
    }

    @Test
    void theSignInPageSaysWhoIsSignedIn() throws Exception {
        Browser learner = Browser.signedIn("learner", "green-customs");

        HttpResponse<String> page = learner.get("/login.xhtml?next=%2Flearn%2Findex.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"signed-in-as\"", "<strong>learner</strong>", "href=\"/learn/index.xhtml\"");
    }

    @Test
    void signingOutNeedsTheSessionsToken() throws Exception {
        Browser learner = Browser.signedIn("learner", "green-customs");

        HttpResponse<String> forged = learner.post("/sign-out", Map.of(), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(learner.get("/learn/index.xhtml").statusCode()).as("still signed in").isEqualTo(200);

        String token = match("name=\"token\" value=\"([^\"]+)\"", learner.get("/index.xhtml").body());
        assertThat(learner.post("/sign-out", Map.of("token", token), Map.of()).statusCode()).isEqualTo(302);
        assertThat(learner.get("/learn/index.xhtml").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void anAccountLockedByFailuresFromHereIsUnlockedByAnAdministrator() throws Exception {
        RestClient admin = RestClient.signedIn("admin");
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.send("POST", "/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"Locked\",\"password\":\"the right password\",\"language\":\"en\","
                + "\"roles\":[\"LEARNER\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = match("\"id\":(\\d+)", created.body());
        for (int i = 0; i < 6; i++) {
            new RestClient().send("POST", "/api/v1/session", "{\"username\":\"" + username
                    + "\",\"password\":\"a wrong guess\"}");
        }
        assertThat(new RestClient().send("POST", "/api/v1/session", "{\"username\":\"" + username
                + "\",\"password\":\"the right password\"}").statusCode()).as("locked for this address").isEqualTo(401);

        HttpResponse<String> unlocked = admin.send("POST", "/api/v1/accounts/" + id + "/unlock", null);

        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.body()).contains("\"locked\":false");
        RestClient.signedIn(username, "the right password");
        assertThat(admin.send("GET", "/api/v1/audit?action=ACCOUNT_UNLOCKED&record=" + username, null).body()).contains("ACCOUNT_UNLOCKED");
    }

    private static String nonce(HttpResponse<String> page) {
        return match("'nonce-([^']+)'", page.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    private static String match(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text.length() > 300 ? text.substring(0, 300) : text)
                .isTrue();
        return matcher.group(1);
    }

    /** A browser without script: cookies, no redirects followed, the sign-in form filled in as PrimeFaces does. */
    static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        static Browser signedIn(String username, String password) throws Exception {
            Browser browser = new Browser();
            assertThat(browser.signIn(username, password, null).statusCode()).isEqualTo(302);
            return browser;
        }

        /** Where signing in with this (already encoded) "next" goes. */
        static String signInTo(String username, String password, String next) throws Exception {
            HttpResponse<String> answer = new Browser().signIn(username, password, next);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> signIn(String username, String password, String next) throws Exception {
            HttpResponse<String> page = get("/login.xhtml" + (next == null ? "" : "?next=" + next));
            String form = page.body().substring(page.body().indexOf("<form id=\"signIn\""));
            form = form.substring(0, form.indexOf("</form>"));
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")
                    .matcher(form);
            while (hidden.find()) {
                fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
            fields.putAll(Map.of("signIn", "signIn", "signIn:username", username, "signIn:password", password,
                    "signIn:submit", ""));
            return post("/login.xhtml", fields, Map.of());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(RestClient.BASE + path))
                    .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
                throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestClient.BASE + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
