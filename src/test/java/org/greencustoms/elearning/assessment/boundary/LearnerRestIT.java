package org.greencustoms.elearning.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.greencustoms.elearning.Deployments;
import org.greencustoms.elearning.RestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learner's journey over REST as a mobile client sees it: sign in for a session cookie, start, save, submit,
 * review, progress; every refusal is problem JSON, and one learner's attempt is invisible to another. Also the
 * administrators' account creation that the load benchmark uses to make its learners.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerRestIT {

        private static final String MODULE = "quiz-journey";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar("learner-rest-it");
    }

    @Test
    void anonymousCallsAreAnsweredWith401ProblemsNotTheSignInPage() throws Exception {
        RestClient anonymous = new RestClient();
        for (HttpResponse<String> response : new HttpResponse[] {
                anonymous.send("GET", "/api/v1/me/progress", null),
                anonymous.send("GET", "/api/v1/me/certificates", null),
                anonymous.send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}"),
                anonymous.send("GET", "/api/v1/session", null)}) {
            assertProblem(response, 401, "Not signed in");
        }
        assertProblem(anonymous.send("POST", "/api/v1/session", "{\"username\":\"trainer\",\"password\":\"nope\"}"),
                401, "Not signed in");
    }

    @Test
    void aLearnerStartsSavesSubmitsAndReviewsAnAttempt() throws Exception {
        RestClient trainer = RestClient.signedIn("trainer");
        HttpResponse<String> started = trainer.send("POST", "/api/v1/attempts?lang=en", "{\"module\":\"" + MODULE + "\"}");
        assertThat(started.statusCode()).isEqualTo(200);
        JsonObject attempt = json(started);
        long id = attempt.getJsonNumber("id").longValue();
        assertThat(started.headers().firstValue("Location")).hasValue(RestClient.BASE + "/api/v1/attempts/" + id);
        assertThat(attempt.getJsonArray("questions")).hasSize(8);
        assertThat(started.body()).doesNotContain("\"answer\"", "\"correct\"", "explanation", "feedback");

        HttpResponse<String> saved = trainer.send("PUT", "/api/v1/attempts/" + id + "/answers",
                "{\"answers\":{\"q-amendment-year\":{\"text\":\"2025\"}}}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).getString("savedAt")).isNotBlank();
        assertThat(json(trainer.send("GET", "/api/v1/attempts/" + id, null)).getJsonObject("answers")
                .getJsonObject("q-amendment-year").getString("text")).isEqualTo("2025");

        HttpResponse<String> forged = trainer.send("PUT", "/api/v1/attempts/" + id + "/answers",
                "{\"answers\":{\"q-a1181\":{\"option\":\"z\"},\"q-nope\":{\"text\":\"x\"}}}");
        assertProblem(forged, 400, "The answers could not be saved");
        assertThat(json(forged).getJsonArray("errors").toString()).contains("q-nope", "'z' is not a choice");
        assertProblem(trainer.send("PUT", "/api/v1/attempts/" + id + "/answers", "{\"answers\":"), 400, "Bad Request");
        assertProblem(trainer.send("PUT", "/api/v1/attempts/" + id + "/answers", "{\"answers\":{\"q-movement-document\":"
                + "{\"text\":\"" + "x".repeat(300_000) + "\"}}}"), 413, "Content Too Large");
        assertProblem(trainer.send("PUT", "/api/v1/attempts/" + id + "/answers",
                "{\"answers\":{\"q-a1181\":{\"options\":\"a\"}}}"), 400, "Bad Request");

        HttpResponse<String> submitted = trainer.send("POST", "/api/v1/attempts/" + id + "/submission", null);
        assertThat(submitted.statusCode()).isEqualTo(200);
        JsonObject result = json(submitted);
        assertThat(result.getJsonNumber("points").doubleValue()).isEqualTo(1.0);
        assertThat(trainer.send("POST", "/api/v1/attempts/" + id + "/submission", null).body())
                .as("a replayed submit").isEqualTo(submitted.body());
        assertProblem(trainer.send("PUT", "/api/v1/attempts/" + id + "/answers",
                "{\"answers\":{\"q-amendment-year\":{\"text\":\"2024\"}}}"), 409, "The attempt is closed");

        assertProblem(trainer.sendForm("/api/v1/attempts/" + id + "/submission"), 403, "Forbidden");
        HttpResponse<String> review = trainer.send("GET", "/api/v1/attempts/" + id + "/review?lang=en", null);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("\"outcome\":\"RIGHT\"", "\"expected\":\"2025\"", "explanation");
        assertThat(trainer.send("GET", "/api/v1/me/progress", null).body()).contains("\"moduleId\":\"" + MODULE + "\"");
        assertThat(trainer.send("GET", "/api/v1/me/certificates", null).statusCode()).isEqualTo(200);

        trainer.send("DELETE", "/api/v1/session", null);
        assertProblem(trainer.send("GET", "/api/v1/attempts/" + id, null), 401, "Not signed in");
    }

    @Test
    void anotherLearnersAttemptIsNotFoundAndCannotBeChanged() throws Exception {
        RestClient trainer = RestClient.signedIn("trainer");
        long id = json(trainer.send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}"))
                .getJsonNumber("id").longValue();
        RestClient learner = RestClient.signedIn("learner");

        assertProblem(learner.send("GET", "/api/v1/attempts/" + id, null), 404, "Attempt not found");
        assertProblem(learner.send("PUT", "/api/v1/attempts/" + id + "/answers",
                "{\"answers\":{\"q-amendment-year\":{\"text\":\"1999\"}}}"), 404, "Attempt not found");
        assertProblem(learner.send("POST", "/api/v1/attempts/" + id + "/submission", null), 404, "Attempt not found");
        assertProblem(learner.send("GET", "/api/v1/attempts/" + id + "/review", null), 404, "Attempt not found");

        assertThat(json(trainer.send("GET", "/api/v1/attempts/" + id, null)).containsKey("submittedAt"))
                .as("still open").isFalse();
        assertProblem(RestClient.signedIn("author").send("POST", "/api/v1/attempts", "{\"module\":\"" + MODULE + "\"}"),
                403, "Not allowed");
    }

    @Test
    void unknownCertificateCodesAndModulesAreNotFound() throws Exception {
        assertProblem(new RestClient().send("GET", "/api/v1/certificates/GC-0000-0000-0000", null), 404, "Not found");
        assertProblem(RestClient.signedIn("trainer").send("POST", "/api/v1/attempts", "{\"module\":\"no-such-module\"}"),
                404, "Not found");
        assertThat(new RestClient().send("GET", "/openapi", null).body()).contains("/api/v1/attempts/{id}/answers",
                "/api/v1/attempts/{id}/submission", "/api/v1/me/progress", "/api/v1/me/certificates",
                "/api/v1/session");
    }

    @Test
    void anAdministratorCreatesAccountsThatCanSignIn() throws Exception {
        String username = "officer-" + Long.toString(System.nanoTime(), 36);
        String account = "{\"username\":\"" + username + "\",\"displayName\":\"Moussa Issoufou\","
                + "\"password\":\"a long enough password\",\"language\":\"fr\",\"roles\":[\"LEARNER\"]}";
        RestClient admin = RestClient.signedIn("admin");

        HttpResponse<String> created = admin.send("POST", "/api/v1/accounts", account);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getJsonObject("account").getString("username")).isEqualTo(username);
        assertProblem(admin.send("POST", "/api/v1/accounts", account), 409, "The username is taken");
        HttpResponse<String> invalid = admin.send("POST", "/api/v1/accounts",
                "{\"username\":\"X\",\"password\":\"short\",\"language\":\"de\",\"roles\":[]}");
        assertProblem(invalid, 400, "The account was not created");
        assertThat(json(invalid).getJsonArray("errors")).hasSize(5);
        assertProblem(RestClient.signedIn("learner").send("POST", "/api/v1/accounts", account), 403, "Not allowed");
        assertProblem(new RestClient().send("POST", "/api/v1/accounts", account), 401, "Not signed in");

        HttpResponse<String> signIn = new RestClient().send("POST", "/api/v1/session",
                "{\"username\":\"" + username + "\",\"password\":\"a long enough password\"}");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("LEARNER");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).getString("title")).isEqualTo(title);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** An HTTP client with its own cookie jar: one per person. */
}
