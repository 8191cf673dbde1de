package org.greencustoms.elearning.authoring.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What changed from one version of a module to the next, by stable id: the units and questions added, changed and
 * removed, and the languages whose text changed anywhere (a language added or dropped counts as changed). For a
 * module's first version ({@code first}), everything is added.
 */
public record ChangeSummary(boolean first, List<String> unitsAdded, List<String> unitsChanged, List<String> unitsRemoved,
        List<String> questionsAdded, List<String> questionsChanged, List<String> questionsRemoved,
        Set<String> languagesChanged) implements Serializable {

    public static ChangeSummary between(VersionSnapshot older, VersionSnapshot newer) {
        Set<String> languages = new TreeSet<>();
        languagesChanged(older.module(), newer.module(), languages);
        Parts units = Parts.compare(older.units(), newer.units(), languages);
        Parts questions = Parts.compare(older.questions(), newer.questions(), languages);
        languages.remove(VersionSnapshot.NEUTRAL);
        return new ChangeSummary(older.units().isEmpty() && older.questions().isEmpty(), units.added, units.changed, units.removed, questions.added, questions.changed,
                questions.removed, languages);
    }

    /** The first version: everything in it is new. */
    public static ChangeSummary first(VersionSnapshot version) {
        return between(new VersionSnapshot(Map.of(), Map.of(), Map.of()), version);
    }

    /** The ids of one kind of change, such as the units added. */
    public record Part(String kind, List<String> ids) implements Serializable {
    }

    /** The kinds of change that happened, in reading order: units added, changed, removed, then questions. */
    public List<Part> parts() {
        return Stream.of(new Part("unitsAdded", unitsAdded), new Part("unitsChanged", unitsChanged),
                new Part("unitsRemoved", unitsRemoved), new Part("questionsAdded", questionsAdded),
                new Part("questionsChanged", questionsChanged), new Part("questionsRemoved", questionsRemoved))
                .filter(part -> !part.ids().isEmpty()).toList();
    }

    public boolean isEmpty() {
        return unitsAdded.isEmpty() && unitsChanged.isEmpty() && unitsRemoved.isEmpty() && questionsAdded.isEmpty()
                && questionsChanged.isEmpty() && questionsRemoved.isEmpty() && languagesChanged.isEmpty();
    }

    private static boolean languagesChanged(Map<String, String> older, Map<String, String> newer,
            Set<String> languages) {
        Set<String> all = new TreeSet<>(older.keySet());
        all.addAll(newer.keySet());
        boolean changed = false;
        for (String language : all) {
            if (!Objects.equals(older.get(language), newer.get(language))) {
                languages.add(language);
                changed = true;
            }
        }
        return changed;
    }

    private record Parts(List<String> added, List<String> changed, List<String> removed) {

        static Parts compare(Map<String, Map<String, String>> older, Map<String, Map<String, String>> newer,
                Set<String> languages) {
            List<String> added = newer.keySet().stream().filter(id -> !older.containsKey(id)).sorted().toList();
            List<String> removed = older.keySet().stream().filter(id -> !newer.containsKey(id)).sorted().toList();
            added.forEach(id -> languages.addAll(newer.get(id).keySet()));
            removed.forEach(id -> languages.addAll(older.get(id).keySet()));
            List<String> changed = newer.keySet().stream().filter(older::containsKey).sorted()
                    .filter(id -> languagesChanged(older.get(id), newer.get(id), languages)).toList();
            return new Parts(added, changed, removed);
        }
    }
}
