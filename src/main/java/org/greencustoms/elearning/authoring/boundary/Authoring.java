package org.greencustoms.elearning.authoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.greencustoms.elearning.assessment.control.ReviewItems;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.authoring.control.BankImport;
import org.greencustoms.elearning.authoring.control.ChangeSummary;
import org.greencustoms.elearning.authoring.control.GiftReader;
import org.greencustoms.elearning.authoring.control.MoodleXmlReader;
import org.greencustoms.elearning.authoring.control.MoodleXmlWriter;
import org.greencustoms.elearning.authoring.control.QuizYamlWriter;
import org.greencustoms.elearning.authoring.control.VersionSnapshot;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleStatus;
import org.greencustoms.elearning.catalog.entity.ModuleText;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.Unit;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.content.control.ModuleVersions;
import org.greencustoms.elearning.content.control.PackageContent;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.greencustoms.elearning.content.control.Renumbering;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.content.control.ZipPackageReader;
import org.greencustoms.elearning.content.entity.PackageArchive;
import org.greencustoms.elearning.platform.Audited;
import org.greencustoms.elearning.platform.InvalidRequestException;
import org.greencustoms.elearning.platform.Languages;
import org.greencustoms.elearning.platform.NotFoundException;

/**
 * The authors' side of the content lifecycle: upload a package as a draft (validated completely; a refused upload
 * stores nothing), preview it, publish it in place of the published version, discard it, retire a module, roll back
 * to an earlier version, download any version's package. Learners are never disturbed: unit progress is keyed by
 * stable unit ids, an attempt stays on the version it started on, certificates keep their version.
 */
@Stateless
@RolesAllowed({"AUTHOR", "ADMIN"})
public class Authoring {

    private static final Logger LOG = Logger.getLogger(Authoring.class.getName());
    private static final String MODULE = "module";
    /** A question bank is text: 5 MB holds thousands of questions. */
    public static final int MAX_BANK_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Resource
    SessionContext context;

    @Inject
    UploadSlots slots;

    /** Every module, whatever its state, by id. */
    public List<AuthoredModule> modules(String language) {
        ModuleVersions versions = new ModuleVersions(em);
        return em.createNamedQuery(Module.ALL, Module.class).getResultStream()
                .flatMap(module -> authored(versions.all(module), language).stream()).toList();
    }

    /** One module, whatever its state. */
    public AuthoredModule module(String slug, String language) {
        ModuleVersions versions = new ModuleVersions(em);
        return versions.find(slug).flatMap(module -> authored(versions.all(module), language))
                .orElseThrow(() -> new NotFoundException("No module " + slug));
    }

    /** A module from its versions, newest first; a module whose only draft was discarded has none. */
    private static Optional<AuthoredModule> authored(List<ModuleVersion> versions, String language) {
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ModuleVersion latest = versions.get(0);
        Integer published = number(versions, ModuleStatus.PUBLISHED);
        Integer draft = number(versions, ModuleStatus.DRAFT);
        Instant changed = versions.stream().map(Authoring::lastChange).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new AuthoredModule(latest.getSlug(), latest.text(language).getTitle(), published, draft,
                latest.getVersion(), published == null && draft == null, changed));
    }

    /**
     * Validates an uploaded package zip and, if it is valid, stages it as its module's draft, replacing the draft
     * waiting there. Its version must be above every version learners have had.
     */
    public UploadReport upload(String fileName, InputStream zip) {
        if (zip == null) {
            throw new InvalidRequestException(List.of("file: send the package zip in the form field 'file'"));
        }
        slots.acquire();
        try {
            return stageUpload(fileName, zip);
        } finally {
            slots.release();
        }
    }

    private UploadReport stageUpload(String fileName, InputStream zip) {
        PackageFiles files;
        PackageContent content;
        try {
            files = PackageFiles.fromZip(fileName, zip, ZipPackageReader.Limits.DEFAULT);
            content = new PackageParser().parse(files);
        } catch (InvalidPackageException e) {
            LOG.info(() -> "Upload refused for " + caller() + ": " + e.getMessage());
            return UploadReport.refused(fileName, e.problems());
        }
        String slug = content.manifest().id();
        int version = content.manifest().version();
        ModuleVersions versions = new ModuleVersions(em);
        boolean known = versions.find(slug).isPresent();
        Optional<Problem> tooLow = known ? checkedUnderLock(versions, slug, fileName, version) : Optional.empty();
        if (tooLow.isPresent()) {
            return UploadReport.refused(fileName, List.of(tooLow.get()));
        }
        Instant now = Instant.now(clock);
        Module module = versions.lock(slug, now);
        Integer replaced = versions.inStatus(module, ModuleStatus.DRAFT).map(draft -> {
            versions.discard(draft);
            return draft.getVersion();
        }).orElse(null);
        versions.stage(module, files, content, now, caller());
        audited.fire(new Audited("draft.staged", MODULE, slug, "version " + version + " from " + fileName
                + (replaced == null ? "" : ", replacing the draft of version " + replaced)));
        return UploadReport.staged(fileName, slug, version, replaced);
    }

    /** Reads the module's versions only once it is locked, so that a publish that ran meanwhile is seen. */
    private Optional<Problem> checkedUnderLock(ModuleVersions versions, String slug, String fileName, int version) {
        versions.lock(slug, Instant.now(clock));
        return versions.notAboveReleased(slug, fileName, version);
    }

    /**
     * Publishes the module's draft; the version published before it is retired. Learners part-way through keep
     * their progress (by unit id) and finish their attempt on the version they started.
     *
     * @return the version published, and the one retired (or null)
     */
    public Published publish(String slug) {
        ModuleVersions versions = new ModuleVersions(em);
        Module module = lockExisting(versions, slug);
        ModuleVersion draft = versions.inStatus(module, ModuleStatus.DRAFT).orElseThrow(() ->
                new LifecycleConflictException(slug + " has no draft to publish", "author.conflict.noDraft"));
        Integer retired = versions.publish(draft, Instant.now(clock), caller());
        audited.fire(new Audited("version.published", MODULE, slug, "version " + draft.getVersion()
                + (retired == null ? "" : ", retiring version " + retired)));
        return new Published(draft.getVersion(), retired);
    }

    /** Deletes the module's draft, which no learner has seen. */
    public int discard(String slug) {
        ModuleVersions versions = new ModuleVersions(em);
        Module module = lockExisting(versions, slug);
        ModuleVersion draft = versions.inStatus(module, ModuleStatus.DRAFT).orElseThrow(() ->
                new LifecycleConflictException(slug + " has no draft to discard", "author.conflict.noDraft"));
        int number = draft.getVersion();
        versions.discard(draft);
        audited.fire(new Audited("draft.discarded", MODULE, slug, "version " + number));
        return number;
    }

    /**
     * Takes the module out of the catalogue by retiring its published version. Progress, attempts and certificates
     * stay, and certificates still verify; publishing a draft or rolling back brings it back.
     */
    public int retire(String slug) {
        ModuleVersions versions = new ModuleVersions(em);
        Module module = lockExisting(versions, slug);
        ModuleVersion published = versions.inStatus(module, ModuleStatus.PUBLISHED).orElseThrow(() ->
                new LifecycleConflictException(slug + " has no published version", "author.conflict.notPublished"));
        published.retire(Instant.now(clock));
        audited.fire(new Audited("module.retired", MODULE, slug, "version " + published.getVersion()));
        return published.getVersion();
    }

    /**
     * Publishes the content of an earlier version again, as a new version number above every other, so that
     * history only grows and every learner's record keeps pointing at what they saw.
     *
     * @return the new version's number
     */
    public int rollBack(String slug, Integer toVersion) {
        if (toVersion == null) {
            throw new InvalidRequestException(List.of("version: the version whose content to publish again"));
        }
        ModuleVersions versions = new ModuleVersions(em);
        Module module = lockExisting(versions, slug);
        if (versions.inStatus(module, ModuleStatus.DRAFT).isPresent()) {
            throw new LifecycleConflictException(slug + " has a draft waiting: publish or discard it first",
                    "author.conflict.draftPending");
        }
        ModuleVersion old = versions.version(module, toVersion)
                .orElseThrow(() -> new NotFoundException("No version " + toVersion + " of " + slug));
        int number = versions.latest(module).orElseThrow().getVersion() + 1;
        Instant now = Instant.now(clock);
        ModuleVersion draft;
        slots.acquire();
        try {
            PackageFiles files = Renumbering.withVersion(packageOf(versions, old), number);
            draft = versions.stage(module, files, new PackageParser().parse(files), now, caller());
        } finally {
            slots.release();
        }
        Integer retired = versions.publish(draft, now, caller());
        audited.fire(new Audited("version.rolledBack", MODULE, slug, "version " + number + " with the content of "
                + "version " + toVersion + (retired == null ? "" : ", retiring version " + retired)));
        return number;
    }

    /**
     * Adds the questions of a Moodle question bank (Moodle XML when the file is XML, else GIFT) to the module's quiz,
     * in a draft: the one waiting, or a new one made from the latest version. A question the platform cannot hold
     * is reported by position and name and left out, never dropped silently; when none can be added, nothing is
     * stored. The draft's quiz.yaml is written anew, with the questions it had and the imported ones after them.
     */
    public BankReport importQuestions(String slug, String fileName, byte[] bank) {
        slots.acquire();
        try {
            return addToDraft(slug, fileName, bank);
        } finally {
            slots.release();
        }
    }

    private BankReport addToDraft(String slug, String fileName, byte[] bank) {
        if (bank == null) {
            throw new InvalidRequestException(List.of("file: send the question bank in the form field 'file'"));
        }
        if (bank.length > MAX_BANK_BYTES) {
            throw new InvalidRequestException(List.of("file: a question bank may have at most "
                    + MAX_BANK_BYTES / (1024 * 1024) + " MB; split it into several files"));
        }
        ModuleVersions versions = new ModuleVersions(em);
        Module module = lockExisting(versions, slug);
        ModuleVersion latest = versions.latest(module).orElseThrow(() -> new NotFoundException("No module " + slug));
        PackageFiles files = packageOf(versions, latest);
        List<QuestionDefinition> current = new PackageParser().parse(files).questions();
        Set<String> ids = current.stream().map(QuestionDefinition::id).collect(Collectors.toSet());
        BankImport imported = isXml(fileName, bank) ? MoodleXmlReader.read(fileName, bank, ids)
                : GiftReader.read(fileName, bank, ids);
        if (imported.questions().isEmpty()) {
            return BankReport.refused(fileName, imported.problems());
        }
        List<QuestionDefinition> quiz = new ArrayList<>(current);
        quiz.addAll(imported.questions());
        boolean intoDraft = latest.getStatus() == ModuleStatus.DRAFT;
        int number = intoDraft ? latest.getVersion() : latest.getVersion() + 1;
        PackageFiles changed = Renumbering.withVersion(files.with(PackageParser.QUIZ_FILE,
                QuizYamlWriter.write(quiz).getBytes(StandardCharsets.UTF_8)), number);
        PackageContent content;
        try {
            content = new PackageParser().parse(changed);
        } catch (InvalidPackageException e) {
            List<Problem> problems = new ArrayList<>(imported.problems());
            problems.addAll(e.problems());
            return BankReport.refused(fileName, problems);
        }
        if (intoDraft) {
            versions.discard(latest);
        }
        versions.stage(module, changed, content, Instant.now(clock), caller());
        List<String> added = imported.questions().stream().map(QuestionDefinition::id).toList();
        audited.fire(new Audited("questions.imported", MODULE, slug, added.size() + " question(s) from " + fileName
                + " into draft version " + number));
        return BankReport.staged(fileName, number, added, imported.problems());
    }

    /** A version's quiz as Moodle XML in one language, for a Moodle or Totara site; what Moodle cannot hold is listed. */
    public MoodleXmlWriter.MoodleExport exportQuestions(String slug, int number, String language) {
        return MoodleXmlWriter.write(questions(version(slug, number)).stream().map(Question::definition).toList(),
                language);
    }

    /** Every version, oldest first, each with what changed from the one before. */
    public List<VersionEntry> history(String slug) {
        ModuleVersions versions = new ModuleVersions(em);
        Module module = versions.find(slug).orElseThrow(() -> new NotFoundException("No module " + slug));
        List<ModuleVersion> all = new ArrayList<>(versions.all(module));
        all.sort(Comparator.comparingInt(ModuleVersion::getVersion));
        List<VersionEntry> entries = new ArrayList<>();
        VersionSnapshot previous = null;
        for (ModuleVersion version : all) {
            VersionSnapshot snapshot = VersionSnapshot.of(version, questions(version));
            ChangeSummary changes = previous == null ? ChangeSummary.first(snapshot)
                    : ChangeSummary.between(previous, snapshot);
            entries.add(new VersionEntry(version.getVersion(), version.getStatus(), version.getStagedAt(),
                    version.getStagedBy(), version.getPublishedAt(), version.getPublishedBy(), version.getRetiredAt(),
                    version.getPackageSha256(), versions.hasArchive(version), changes));
            previous = snapshot;
        }
        return entries;
    }

    /** A version's package, as the zip an author would upload: importing it gives the same package hash. */
    public PackageDownload download(String slug, int number) {
        ModuleVersion version = version(slug, number);
        PackageArchive archive = new ModuleVersions(em).archive(version).orElseThrow(() -> new NotFoundException(
                "Version " + number + " of " + slug + " was imported before packages were kept"));
        return new PackageDownload(slug + "-v" + number + ".zip", archive.getSha256(), archive.getData());
    }

    /** A version (a draft, usually) as learners will read it in {@code language}, with its quiz's answer key. */
    public Preview preview(String slug, int number, String language) {
        ModuleVersion version = version(slug, number);
        Set<String> languages = new TreeSet<>(version.getTexts().keySet());
        version.getUnits().forEach(unit -> languages.addAll(unit.getTexts().keySet()));
        String shown = languages.contains(language) ? language : Languages.DEFAULT;
        ModuleText text = version.text(shown);
        List<Preview.PreviewUnit> units = new ArrayList<>();
        for (Unit unit : version.getUnits()) {
            units.add(new Preview.PreviewUnit(unit.getKey(), unit.text(shown).getTitle(), unit.getMinutes(),
                    unit.text(shown).getBodyHtml()));
        }
        String mediaBase = version.mediaBase();
        return new Preview(slug, number, version.getStatus(), shown, List.copyOf(languages), text.getTitle(),
                text.getSummary(), version.getQuiz().getPassMark(), version.getQuiz().getMaxAttempts(), units,
                questions(version).stream()
                        .map(question -> ReviewItems.answerKey(question.definition(), shown, mediaBase)).toList());
    }

    private static PackageFiles packageOf(ModuleVersions versions, ModuleVersion version) {
        PackageArchive archive = versions.archive(version).orElseThrow(() -> new LifecycleConflictException(
                "Version " + version.getVersion() + " of " + version.getSlug() + " was imported before packages"
                        + " were kept", "author.conflict.noPackage"));
        return PackageFiles.fromZip(version.getSlug() + "-v" + version.getVersion() + ".zip",
                new ByteArrayInputStream(archive.getData()), ZipPackageReader.Limits.STORED);
    }

    /** Moodle XML by its name or its first bytes; anything else is read as GIFT, a plain-text format. */
    private static boolean isXml(String fileName, byte[] bank) {
        String start = new String(bank, 0, Math.min(bank.length, 64), StandardCharsets.UTF_8).stripLeading();
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xml") || start.startsWith("<")
                || start.startsWith("\uFEFF<");
    }

    private ModuleVersion version(String slug, int number) {
        ModuleVersions versions = new ModuleVersions(em);
        return versions.find(slug).flatMap(module -> versions.version(module, number))
                .orElseThrow(() -> new NotFoundException("No version " + number + " of " + slug));
    }

    private List<Question> questions(ModuleVersion version) {
        return em.createNamedQuery(Question.BY_VERSION, Question.class).setParameter("version", version)
                .getResultList();
    }

    private Module lockExisting(ModuleVersions versions, String slug) {
        if (versions.find(slug).isEmpty()) {
            throw new NotFoundException("No module " + slug);
        }
        return versions.lock(slug, Instant.now(clock));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Integer number(List<ModuleVersion> versions, ModuleStatus status) {
        return versions.stream().filter(v -> v.getStatus() == status).findFirst().map(ModuleVersion::getVersion)
                .orElse(null);
    }

    private static Instant lastChange(ModuleVersion version) {
        return version.getRetiredAt() != null ? version.getRetiredAt()
                : version.getPublishedAt() != null ? version.getPublishedAt() : version.getStagedAt();
    }
}
