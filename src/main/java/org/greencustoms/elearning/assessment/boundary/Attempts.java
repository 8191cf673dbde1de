package org.greencustoms.elearning.assessment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencustoms.elearning.assessment.control.Answer;
import org.greencustoms.elearning.assessment.control.AnswerCheck;
import org.greencustoms.elearning.assessment.control.AttemptDraw;
import org.greencustoms.elearning.assessment.control.Grades;
import org.greencustoms.elearning.assessment.control.LearnerQuestions;
import org.greencustoms.elearning.assessment.control.QuestionBank;
import org.greencustoms.elearning.assessment.control.QuestionScore;
import org.greencustoms.elearning.assessment.control.ReviewItem;
import org.greencustoms.elearning.assessment.control.ReviewItems;
import org.greencustoms.elearning.assessment.control.Scorer;
import org.greencustoms.elearning.assessment.entity.Attempt;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.Response;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.QuizSettings;
import org.greencustoms.elearning.certificates.control.CertificateIssuer;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotFoundException;

/**
 * Quiz attempts, always on behalf of the signed-in learner: start (or resume), save answers as the learner goes,
 * submit. The attempt limit and the deadline are enforced here; submitting is idempotent, because the attempt row
 * is locked while it is graded and a submitted attempt is only ever read again.
 */
@Stateless
@RolesAllowed("LEARNER")
public class Attempts {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type OPTION_ORDERS = new HashMap<String, List<String>>() { }.getClass()
            .getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Scope scope;

    @Inject
    Catalog catalog;

    @Inject
    CertificateIssuer certificates;

    @Inject
    Event<AttemptGraded> graded;

    @Inject
    QuestionBank questionBank;

    @Resource
    SessionContext context;

    private final Scorer scorer = new Scorer();

    /** The module's quiz rules and the learner's attempts at it; an attempt whose time ran out counts as submitted. */
    public QuizOverview overview(String moduleId, String language) {
        UserAccount learner = scope.caller();
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        QuizSettings quiz = version.getQuiz();
        closeExpired(learner, version);
        List<Attempt> all = attemptsOf(learner, version);
        List<QuizOverview.Past> submitted = all.stream().filter(Attempt::isSubmitted)
                .map(a -> new QuizOverview.Past(a.getId(), a.getNumber(), a.getSubmittedAt(), a.getPercent(),
                        a.getPassed()))
                .toList();
        Long open = all.stream().filter(a -> !a.isSubmitted()).map(Attempt::getId)
                .findFirst().orElse(null);
        OptionalDouble grade = Grades.moduleGrade(quiz.getGradingMethod(),
                submitted.stream().map(QuizOverview.Past::percent).toList());
        return new QuizOverview(moduleId, version.text(language).getTitle(), quiz.getQuestionCount(),
                quiz.getTotalPoints(), quiz.getPassMark(), quiz.getMaxAttempts(), quiz.getTimeLimitMinutes(),
                quiz.getReviewPolicy().keyword(), quiz.getGradingMethod().keyword(), open, submitted,
                grade.isPresent() ? grade.getAsDouble() : null,
                grade.isPresent() && Grades.passed(grade.getAsDouble(), quiz.getPassMark()));
    }

    /** Starts an attempt at the module's quiz, or returns the learner's attempt that is still open. */
    public AttemptView start(String moduleId, String language) {
        UserAccount learner = scope.caller();
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        // Grading an attempt whose time ran out locks the learner's row too: so it happens before the lock here.
        closeExpired(learner, version);
        // One start at a time per learner: a double click must not open two attempts. Nothing about the learner's
        // attempts is loaded before the lock, so what follows reads their state as it is now.
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        Optional<Attempt> open = openAttempt(learner, version);
        if (open.isPresent()) {
            return view(open.get(), language);
        }
        int used = countAttempts(learner, version);
        int limit = version.getQuiz().getMaxAttempts();
        if (limit > 0 && used >= limit) {
            throw new AttemptLimitReachedException(moduleId, limit);
        }
        List<QuestionDefinition> questions = definitions(version);
        if (questions.isEmpty()) {
            throw new NotFoundException("The module '" + moduleId + "' has no quiz");
        }
        AttemptDraw.Drawn drawn = new AttemptDraw(ThreadLocalRandom.current()).draw(questions);
        Integer minutes = version.getQuiz().getTimeLimitMinutes();
        Instant now = now();
        Instant deadline = minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
        Attempt attempt = new Attempt(learner, version, used + 1, Languages.supported(language),
                drawn.questionOrder(), JSONB.toJson(drawn.optionOrders()), now, deadline);
        em.persist(attempt);
        return view(attempt, language);
    }

    /** The learner's attempt; if its time ran out meanwhile, it is graded first. */
    public AttemptView get(long attemptId, String language) {
        Attempt attempt = owned(attemptId, LockModeType.PESSIMISTIC_WRITE);
        closeIfExpired(attempt);
        return view(attempt, language);
    }

    /**
     * Saves answers, all or none. Returns when they were saved.
     *
     * @throws InvalidAnswerException if an answer names a question or a choice the attempt does not have
     * @throws AttemptClosedException if the attempt is submitted or its time is up
     */
    public Instant save(long attemptId, Map<String, Answer> answers) {
        return save(attemptId, answers, null);
    }

    /**
     * Saves answers, all or none, as {@link #save(String, long, Map)}; an answer older (by the client's increasing
     * {@code sequence}) than the one saved for its question is ignored.
     */
    public Instant save(long attemptId, Map<String, Answer> answers, Long sequence) {
        Attempt attempt = owned(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.isSubmitted()) {
            throw new AttemptClosedException(attemptId, "it is submitted");
        }
        if (closeIfExpired(attempt)) {
            throw new AttemptClosedException(attemptId, "its time is up; it was graded with the answers saved by then");
        }
        if (answers == null || answers.isEmpty()) {
            throw new InvalidAnswerException(List.of("no answers given"));
        }
        Map<String, QuestionDefinition> questions = byKey(definitions(attempt.getModuleVersion()));
        Map<String, List<String>> drawn = optionOrders(attempt);
        List<String> problems = new ArrayList<>();
        answers.forEach((key, answer) -> {
            QuestionDefinition question = questions.get(key);
            if (!attempt.questionOrder().contains(key) || question == null) {
                problems.add(key + ": not a question of this attempt");
            } else if (answer == null) {
                problems.add(key + ": no answer given");
            } else {
                List<String> visible = AttemptDraw.visibleIds(question.body(), drawn.getOrDefault(key, List.of()));
                problems.addAll(AnswerCheck.problems(question, visible, answer));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Instant now = now();
        answers.forEach((key, answer) -> attempt.save(key, JSONB.toJson(answer), now, sequence));
        return now;
    }

    /** Submits and grades the attempt; submitting it again returns the same result. */
    public AttemptResult submit(long attemptId) {
        Attempt attempt = owned(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isSubmitted() && !closeIfExpired(attempt)) {
            grade(attempt, now());
        }
        return result(attempt);
    }

    /** The grade of a submitted attempt. */
    public AttemptResult result(long attemptId) {
        Attempt attempt = owned(attemptId, LockModeType.PESSIMISTIC_WRITE);
        closeIfExpired(attempt);
        if (!attempt.isSubmitted()) {
            throw new AttemptNotSubmittedException(attemptId);
        }
        return result(attempt);
    }

    /**
     * The review of a submitted attempt: each question with the learner's answer, the right one, the feedback and
     * the explanation, in the drawn order.
     *
     * @throws ReviewNotAvailableException if the module's review policy does not allow it (yet)
     */
    public AttemptReview review(long attemptId, String language) {
        AttemptReview outcome = outcome(attemptId, language);
        if (!outcome.result().reviewAvailable()) {
            throw new ReviewNotAvailableException(attemptId, outcome.result().review());
        }
        return outcome;
    }

    /** The grade of a submitted attempt, with its review when the module's review policy allows it (else none). */
    public AttemptReview outcome(long attemptId, String language) {
        AttemptResult result = result(attemptId);
        List<ReviewItem> items = result.reviewAvailable() ? items(em.find(Attempt.class, attemptId), language)
                : List.of();
        return new AttemptReview(result, items);
    }

    /**
     * A learner's submitted attempt as their trainer reviews it: every answer with the right one, whatever the
     * module's review policy says to the learner. Only for a learner in one of the caller's cohorts.
     */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public AttemptReview trainerReview(long attemptId, String language) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null) {
            throw new AttemptNotFoundException(attemptId);
        }
        scope.learner(attempt.getLearner().getId());
        if (!attempt.isSubmitted()) {
            throw new AttemptNotSubmittedException(attemptId);
        }
        AttemptResult result = result(attempt);
        return new AttemptReview(new AttemptResult(result.attemptId(), result.module(), result.number(),
                result.points(), result.totalPoints(), result.percent(), result.passMark(), result.passed(),
                result.submittedAt(), result.attemptsUsed(), result.maxAttempts(), result.review(), true,
                result.certificate()), items(attempt, language));
    }

    private List<ReviewItem> items(Attempt attempt, String language) {
        List<ReviewItem> items = new ArrayList<>();
        String mediaBase = attempt.getModuleVersion().mediaBase();
        eachAnswer(attempt, (question, answer) -> items.add(ReviewItems.review(question, answer,
                scorer.score(question, answer, attempt.getLanguage()), language, mediaBase)));
        return items;
    }

    /**
     * Closes an attempt whose time is up, in a transaction of its own; used by the deadline sweep, which runs with no
     * one signed in. Open to all: it changes nothing but an attempt whose deadline has passed, as any read would.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeExpired(long attemptId) {
        Optional.ofNullable(em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(this::closeIfExpired);
    }

    /** The database keeps microseconds: so does every instant an attempt records, so a reread equals what was sent. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private boolean closeIfExpired(Attempt attempt) {
        if (!attempt.isSubmitted() && attempt.isPastDeadline(now())) {
            grade(attempt, attempt.getDeadlineAt());
            return true;
        }
        return false;
    }

    private void grade(Attempt attempt, Instant at) {
        ModuleVersion version = attempt.getModuleVersion();
        List<QuestionScore> scores = new ArrayList<>();
        eachAnswer(attempt, (question, answer) -> {
            QuestionScore score = scorer.score(question, answer, attempt.getLanguage());
            Optional.ofNullable(attempt.getResponses().get(question.id()))
                    .ifPresent(response -> response.grade(score.fraction(), score.points()));
            scores.add(score);
        });
        double total = version.getQuiz().getTotalPoints();
        double percent = Grades.percent(scores, total);
        boolean passed = Grades.passed(percent, version.getQuiz().getPassMark());
        attempt.close(at, scores.stream().mapToDouble(QuestionScore::points).sum(), percent, passed);
        graded.fire(new AttemptGraded(attempt));
    }

    /** Each question of the attempt in the drawn order, with the saved answer in the package's ids (or empty). */
    private void eachAnswer(Attempt attempt, BiConsumer<QuestionDefinition, Answer> action) {
        Map<String, QuestionDefinition> questions = byKey(definitions(attempt.getModuleVersion()));
        Map<String, List<String>> drawn = optionOrders(attempt);
        for (String key : attempt.questionOrder()) {
            QuestionDefinition question = questions.get(key);
            action.accept(question, answerOf(attempt, question, drawn.getOrDefault(key, List.of())));
        }
    }

    /** The saved answer in the package's ids, or an empty one. */
    private static Answer answerOf(Attempt attempt, QuestionDefinition question, List<String> drawnOrder) {
        Response response = attempt.getResponses().get(question.id());
        return response == null ? Answer.empty() : AttemptDraw.withPackageIds(question.body(), drawnOrder,
                JSONB.fromJson(response.getAnswerJson(), Answer.class));
    }

    private static Map<String, List<String>> optionOrders(Attempt attempt) {
        return JSONB.fromJson(attempt.getOptionOrdersJson(), OPTION_ORDERS);
    }

    private AttemptView view(Attempt attempt, String language) {
        ModuleVersion version = attempt.getModuleVersion();
        Map<String, QuestionDefinition> questions = byKey(definitions(version));
        Map<String, List<String>> optionOrders = optionOrders(attempt);
        Map<String, Answer> answers = new LinkedHashMap<>();
        attempt.getResponses().forEach((key, response) ->
                answers.put(key, JSONB.fromJson(response.getAnswerJson(), Answer.class)));
        return new AttemptView(attempt.getId(), version.getSlug(), version.getVersion(), attempt.getNumber(),
                attempt.getStartedAt(), attempt.getDeadlineAt(), attempt.getSubmittedAt(),
                attempt.questionOrder().stream().map(key -> LearnerQuestions.view(questions.get(key),
                        optionOrders.getOrDefault(key, List.of()), language, version.mediaBase())).toList(),
                answers);
    }

    private AttemptResult result(Attempt attempt) {
        ModuleVersion version = attempt.getModuleVersion();
        QuizSettings quiz = version.getQuiz();
        int used = countAttempts(attempt.getLearner(), version);
        boolean reviewAvailable = switch (quiz.getReviewPolicy()) {
            case IMMEDIATELY -> true;
            // Every allowed attempt started, and the last one submitted too: never while one is still open.
            case AFTER_LAST_ATTEMPT -> quiz.getMaxAttempts() > 0 && used >= quiz.getMaxAttempts()
                    && openAttempt(attempt.getLearner(), version).isEmpty();
            case NEVER -> false;
        };
        return new AttemptResult(attempt.getId(), version.getSlug(), attempt.getNumber(), attempt.getPoints(),
                quiz.getTotalPoints(), attempt.getPercent(), quiz.getPassMark(), attempt.getPassed(),
                attempt.getSubmittedAt(), used, quiz.getMaxAttempts(), quiz.getReviewPolicy().keyword(),
                reviewAvailable, certificates.codeFor(attempt.getLearner(), version.getModule()).orElse(null));
    }

    /**
     * Grades the learner's attempts whose time ran out, each in a transaction of its own (the grade stays whatever
     * happens next, and may issue a certificate). Only their ids are read here, so nothing stale stays behind.
     */
    private void closeExpired(UserAccount learner, ModuleVersion version) {
        em.createNamedQuery(Attempt.EXPIRED_BY_LEARNER_AND_MODULE, Long.class).setParameter("learner", learner)
                .setParameter("module", version.getModule()).setParameter("now", now()).getResultList()
                .forEach(id -> context.getBusinessObject(Attempts.class).closeExpired(id));
    }

    private Optional<Attempt> openAttempt(UserAccount learner, ModuleVersion version) {
        return em.createNamedQuery(Attempt.OPEN_BY_LEARNER_AND_MODULE, Attempt.class).setParameter("learner", learner)
                .setParameter("module", version.getModule()).getResultStream().findFirst();
    }

    private int countAttempts(UserAccount learner, ModuleVersion version) {
        return em.createNamedQuery(Attempt.COUNT_BY_LEARNER_AND_MODULE, Long.class).setParameter("learner", learner)
                .setParameter("module", version.getModule()).getSingleResult().intValue();
    }

    private List<Attempt> attemptsOf(UserAccount learner, ModuleVersion version) {
        return em.createNamedQuery(Attempt.BY_LEARNER_AND_MODULE, Attempt.class)
                .setParameter("learner", learner).setParameter("module", version.getModule()).getResultList();
    }

    private Attempt owned(long attemptId, LockModeType lock) {
        Attempt attempt = em.find(Attempt.class, attemptId, lock);
        if (attempt == null || !attempt.belongsTo(scope.callerName())) {
            throw new AttemptNotFoundException(attemptId);
        }
        return attempt;
    }

    private List<QuestionDefinition> definitions(ModuleVersion version) {
        return questionBank.of(version.getId(), () -> em.createNamedQuery(Question.BY_VERSION, Question.class)
                .setParameter("version", version).getResultList().stream().map(Question::definition).toList());
    }

    private static Map<String, QuestionDefinition> byKey(List<QuestionDefinition> questions) {
        return questions.stream().collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));
    }
}
