package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.catalog.entity.CompletionRule;
import org.greencustoms.elearning.catalog.entity.GradingMethod;
import org.greencustoms.elearning.catalog.entity.ReviewPolicy;
import org.greencustoms.elearning.content.control.PackageContent.Manifest;
import org.greencustoms.elearning.content.control.PackageContent.SourceRef;
import org.greencustoms.elearning.content.control.PackageContent.Translation;
import org.greencustoms.elearning.content.control.PackageContent.UnitSource;
import org.greencustoms.elearning.platform.Languages;

/**
 * Reads and validates a package (format version 1, see content/README.md). Every problem is collected; if there
 * is any, the whole package is refused with all of them.
 */
public final class PackageParser {

    public static final Set<String> CONVENTIONS =
            Set.of("BASEL", "ROTTERDAM", "STOCKHOLM", "CITES", "CARTAGENA", "CWC", "MONTREAL", "MINAMATA");
    static final String MODULE_FILE = "module.yaml";
    public static final String QUIZ_FILE = "quiz.yaml";
    private static final int MAX_TITLE = 200;
    private static final int MAX_MARKDOWN = 200_000;
    private static final Set<String> MODULE_FIELDS = Set.of("format", "id", "version", "conventions", "title",
            "summary", "minutes", "passMark", "attempts", "timeLimitMinutes", "review", "grading", "completion", "units",
            "sources");
    private static final Set<String> UNIT_FIELDS = Set.of("id", "title", "minutes", "sources");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("id", "title");
    private static final Pattern UNIT_FILE = Pattern.compile("units/([^/]+?)(?:\\.(fr|es|pt))?\\.md");
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);

    public PackageContent parse(PackageFiles files) {
        Problems problems = new Problems();
        MediaCheck media = new MediaCheck(files, problems);
        Optional<YamlMap> module = yaml(files, MODULE_FILE, problems, true);
        Optional<Manifest> manifest = Optional.empty();
        List<UnitSource> units = List.of();
        if (module.isPresent()) {
            List<SourceRef> sources = sources(module.get());
            manifest = manifest(module.get(), sources);
            units = units(files, module.get(), sources, media, problems);
        }
        List<QuestionDefinition> questions = new ArrayList<>();
        Set<String> unitKeys = new HashSet<>();
        units.forEach(unit -> unitKeys.add(unit.key()));
        yaml(files, QUIZ_FILE, problems, false).ifPresent(quiz -> questions.addAll(
                new QuestionParser(quiz, unitKeys, media, module.isPresent()).questions()));
        reportStrayFiles(files, problems);
        if (!problems.isEmpty() || manifest.isEmpty()) {
            throw new InvalidPackageException(files.name(), problems.sorted());
        }
        Manifest m = manifest.get();
        int minutes = m.minutes() > 0 ? m.minutes() : units.stream().mapToInt(UnitSource::minutes).sum();
        Manifest withMinutes = new Manifest(m.id(), m.version(), m.conventions(), m.title(), m.summary(), minutes,
                m.passMark(), m.attempts(), m.timeLimitMinutes(), m.review(), m.grading(), m.completion(),
                m.sources());
        return new PackageContent(withMinutes, units, questions, media.all(), files.sha256());
    }

    private static Optional<YamlMap> yaml(PackageFiles files, String path, Problems problems, boolean required) {
        if (!files.contains(path)) {
            if (required) {
                problems.add(path, null, "module.missing");
            }
            return Optional.empty();
        }
        return TextDecoder.utf8(path, files.bytes(path), problems)
                .flatMap(text -> YamlMap.parse(path, text, 0, problems));
    }

    private static Optional<Manifest> manifest(YamlMap yaml, List<SourceRef> sources) {
        yaml.allowOnly(MODULE_FIELDS, "module.unknownField", "module.misspeltField");
        Optional<Integer> format = yaml.integer("format", true, 1, Integer.MAX_VALUE);
        format.filter(f -> f != 1).ifPresent(f -> yaml.problem(yaml.node("format", true).get(),
                "module.unsupportedFormat", f, 1));
        Optional<String> id = yaml.stableId("id", true);
        Optional<Integer> version = yaml.integer("version", true, 1, 1_000_000);
        List<String> conventions = conventions(yaml);
        Optional<LocalizedText> title = yaml.text("title", true, MAX_TITLE);
        Optional<LocalizedText> summary = yaml.text("summary", true, 4_000);
        int minutes = yaml.integer("minutes", false, 1, 10_000).orElse(0);
        int passMark = yaml.integer("passMark", false, 0, 100).orElse(70);
        int attempts = yaml.integer("attempts", false, 0, 1_000).orElse(3);
        Integer timeLimit = yaml.integer("timeLimitMinutes", false, 1, 1_440).orElse(null);
        ReviewPolicy review = keyword(yaml, "review", ReviewPolicy.values(), ReviewPolicy::keyword)
                .orElse(ReviewPolicy.IMMEDIATELY);
        GradingMethod grading = keyword(yaml, "grading", GradingMethod.values(), GradingMethod::keyword)
                .orElse(GradingMethod.HIGHEST);
        CompletionRule completion = keyword(yaml, "completion", CompletionRule.values(), CompletionRule::keyword)
                .orElse(CompletionRule.UNITS_AND_QUIZ);
        if (review == ReviewPolicy.AFTER_LAST_ATTEMPT && attempts == 0) {
            yaml.problem(yaml.node("review", true).get(), "module.reviewNeedsAttempts");
        }
        if (id.isEmpty() || version.isEmpty() || title.isEmpty() || summary.isEmpty() || format.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(id.get(), version.get(), conventions, title.get(), summary.get(), minutes,
                passMark, attempts, timeLimit, review, grading, completion, sources));
    }

    private static List<String> conventions(YamlMap yaml) {
        if (!yaml.has("conventions")) {
            yaml.problem("module.noConventions");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String code : yaml.strings("conventions", false)) {
            if (!CONVENTIONS.contains(code)) {
                yaml.problems().add(yaml.file(), yaml.line("conventions"), "module.unknownConvention", code,
                        String.join(", ", CONVENTIONS.stream().sorted().toList()));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    static <E> Optional<E> keyword(YamlMap yaml, String key, E[] values, java.util.function.Function<E, String> word) {
        Optional<String> value = yaml.string(key, false);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (E candidate : values) {
            if (word.apply(candidate).equals(value.get())) {
                return Optional.of(candidate);
            }
        }
        List<String> allowed = java.util.Arrays.stream(values).map(word).toList();
        yaml.problems().add(yaml.file(), yaml.line(key), "yaml.invalidKeyword", value.get(), key,
                String.join(", ", allowed));
        return Optional.empty();
    }

    private static List<SourceRef> sources(YamlMap yaml) {
        List<SourceRef> sources = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlMap source : yaml.maps("sources", true)) {
            source.allowOnly(Set.of("id", "title", "url"), "source.unknownField", "source.misspeltField");
            Optional<String> key = source.string("id", true, 64);
            Optional<String> title = source.string("title", true, 1_000);
            Optional<String> url = source.string("url", false, 1_000);
            url.filter(u -> !u.matches("https?://\\S+")).ifPresent(u ->
                    source.problem("source.badUrl", u));
            key.filter(k -> !keys.add(k)).ifPresent(k ->
                    source.problem("source.duplicateId", k));
            if (key.isPresent() && title.isPresent()) {
                sources.add(new SourceRef(key.get(), title.get(), url.orElse(null)));
            }
        }
        return sources;
    }

    private static List<UnitSource> units(PackageFiles files, YamlMap module, List<SourceRef> sources,
            MediaCheck media, Problems problems) {
        Set<String> sourceKeys = new HashSet<>();
        sources.forEach(source -> sourceKeys.add(source.key()));
        List<String> names = module.strings("units", true);
        Set<String> listed = new HashSet<>();
        Set<String> unitKeys = new HashSet<>();
        List<UnitSource> units = new ArrayList<>();
        for (String name : names) {
            String file = "units/" + name + ".md";
            if (!listed.add(name)) {
                problems.add(MODULE_FILE, module.line("units"), "module.unitListedTwice", name);
            } else if (!files.contains(file)) {
                problems.add(MODULE_FILE, module.line("units"), "module.unitFileMissing", name, file);
            } else {
                unit(files, file, name, sourceKeys, unitKeys, media, problems).ifPresent(units::add);
            }
        }
        for (String path : files.paths()) {
            Matcher matcher = UNIT_FILE.matcher(path);
            if (path.startsWith("units/") && path.endsWith(".md") && matcher.matches()
                    && !listed.contains(matcher.group(1))) {
                problems.add(path, null, "unit.notListed", matcher.group(1));
            }
        }
        return units;
    }

    private static Optional<UnitSource> unit(PackageFiles files, String file, String name, Set<String> sourceKeys,
            Set<String> unitKeys, MediaCheck media, Problems problems) {
        Optional<FrontMatter> english = FrontMatter.read(file, files, problems);
        if (english.isEmpty()) {
            return Optional.empty();
        }
        YamlMap front = english.get().fields();
        front.allowOnly(UNIT_FIELDS, "unit.unknownField", "unit.misspeltField");
        Optional<String> key = front.stableId("id", true);
        boolean duplicate = key.filter(k -> !unitKeys.add(k)).isPresent();
        if (duplicate) {
            front.problem(front.node("id", true).get(), "unit.duplicateId", key.get());
        }
        Optional<String> title = front.string("title", true, MAX_TITLE);
        Optional<Integer> minutes = front.integer("minutes", true, 1, 600);
        List<String> cited = front.strings("sources", true);
        cited.stream().filter(source -> !sourceKeys.contains(source)).forEach(source -> front.problem(
                front.node("sources", true).get(), "unit.unknownSource", source));
        media.checkMarkdown(file, english.get().body(), english.get().bodyLine());
        MarkdownCheck.check(file, english.get().body(), english.get().bodyLine(), problems);
        Map<String, Translation> translations = new LinkedHashMap<>();
        title.ifPresent(t -> translations.put("en", new Translation(t, english.get().body())));
        for (String language : Languages.TRANSLATIONS) {
            String translated = "units/" + name + "." + language + ".md";
            if (files.contains(translated)) {
                FrontMatter.read(translated, files, problems).ifPresent(matter -> {
                    YamlMap fields = matter.fields();
                    fields.allowOnly(TRANSLATION_FIELDS, "translation.unknownField", "translation.misspeltField");
                    fields.string("id", false).filter(id -> key.isPresent() && !id.equals(key.get()))
                            .ifPresent(id -> fields.problem("translation.idDiffers", id, key.get()));
                    fields.string("title", true, MAX_TITLE).ifPresent(t -> translations.put(language,
                            new Translation(t, matter.body())));
                    media.checkMarkdown(translated, matter.body(), matter.bodyLine());
                    MarkdownCheck.check(translated, matter.body(), matter.bodyLine(), problems);
                });
            }
        }
        if (key.isEmpty() || duplicate || title.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnitSource(key.get(), file, minutes.get(), cited, translations));
    }

    private static void reportStrayFiles(PackageFiles files, Problems problems) {
        for (String path : files.paths()) {
            boolean known = path.equals(MODULE_FILE) || path.equals(QUIZ_FILE) || path.equals("README.md")
                    || path.startsWith("media/") || UNIT_FILE.matcher(path).matches();
            if (!known) {
                problems.add(path, null,
                        path.startsWith("units/") ? "unit.unexpectedFile" : "package.unexpectedFile");
            }
        }
    }

    /** A Markdown file's YAML front matter and body. */
    record FrontMatter(YamlMap fields, String body, int bodyLine) {

        static Optional<FrontMatter> read(String file, PackageFiles files, Problems problems) {
            Optional<String> text = TextDecoder.utf8(file, files.bytes(file), problems);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Matcher matcher = FRONT_MATTER.matcher(text.get());
            if (!matcher.find()) {
                problems.add(file, 1, "unit.noFrontMatter");
                return Optional.empty();
            }
            String body = text.get().substring(matcher.end());
            int bodyLine = (int) matcher.group().chars().filter(c -> c == '\n').count() + 1;
            if (body.isBlank()) {
                problems.add(file, bodyLine, "unit.noText");
            } else if (body.length() > MAX_MARKDOWN) {
                problems.add(file, bodyLine, "unit.tooLong", body.length(), MAX_MARKDOWN);
            }
            return YamlMap.parse(file, matcher.group(1), 1, problems)
                    .map(fields -> new FrontMatter(fields, body, bodyLine));
        }
    }
}
