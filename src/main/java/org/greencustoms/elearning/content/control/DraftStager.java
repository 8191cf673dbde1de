package org.greencustoms.elearning.content.control;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.greencustoms.elearning.assessment.entity.Question;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.catalog.entity.Module;
import org.greencustoms.elearning.catalog.entity.ModuleText;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.QuizSettings;
import org.greencustoms.elearning.catalog.entity.Source;
import org.greencustoms.elearning.catalog.entity.Unit;
import org.greencustoms.elearning.catalog.entity.UnitText;
import org.greencustoms.elearning.content.control.PackageContent.Manifest;
import org.greencustoms.elearning.content.control.PackageContent.UnitSource;
import org.greencustoms.elearning.content.entity.MediaFile;

/** Stores a validated package as a new draft version of its module, rendering each unit's Markdown once. */
public final class DraftStager {

    private final EntityManager em;
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    public DraftStager(EntityManager em) {
        this.em = em;
    }

    /** @param by who staged it; null for the bundled content imported at start-up */
    public ModuleVersion stage(Module module, PackageContent content, Instant now, String by) {
        Manifest manifest = content.manifest();
        QuizSettings quiz = new QuizSettings(manifest.passMark(), manifest.attempts(), manifest.timeLimitMinutes(),
                manifest.review(), manifest.grading(), manifest.completion(), content.questions().size(),
                content.totalPoints());
        ModuleVersion version = new ModuleVersion(module, manifest.version(), manifest.minutes(), quiz,
                content.sha256(), now, by);
        Set<String> languages = new TreeSet<>(manifest.title().values().keySet());
        languages.addAll(manifest.summary().values().keySet());
        languages.forEach(language -> version.putText(language,
                new ModuleText(manifest.title().in(language), manifest.summary().in(language))));
        manifest.conventions().forEach(version::addConvention);
        manifest.sources().forEach(s -> version.addSource(new Source(s.key(), s.title(), s.url())));
        String mediaBase = ModuleVersion.mediaBase(module.getSlug(), manifest.version());
        for (UnitSource source : content.units()) {
            Unit unit = version.addUnit(source.key(), source.minutes());
            source.sources().forEach(unit::addSourceKey);
            source.translations().forEach((language, translation) -> unit.putText(language, new UnitText(
                    translation.title(), translation.markdown(),
                    renderer.render(translation.markdown(), destination -> imageAddress(mediaBase, destination)))));
        }
        em.persist(version);
        List<QuestionDefinition> questions = content.questions();
        for (int i = 0; i < questions.size(); i++) {
            em.persist(new Question(version, i + 1, questions.get(i)));
        }
        content.media().values().forEach(media -> em.persist(new MediaFile(version, media.path(),
                media.contentType(), PackageFiles.sha256(media.bytes()), media.bytes())));
        return version;
    }

    static String imageAddress(String mediaBase, String destination) {
        if (URI.create(destination.replace(" ", "%20")).isAbsolute()) {
            return destination;
        }
        String path = MediaCheck.resolve("units/", destination);
        return mediaBase + path.substring("media/".length()).replace(" ", "%20");
    }
}
