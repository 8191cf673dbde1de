package org.greencustoms.elearning.progress.boundary;

import java.io.Serializable;
import java.util.List;

/** A unit as its reader sees it: the sanitised text, where it stands in the module, and what is done. */
public record UnitReading(String moduleId, String moduleTitle, int version, String unitId, String title, String html,
        int minutes, int position, String previousUnit, String nextUnit, boolean done, List<TocEntry> contents)
        implements Serializable {

    /** A line of the table of contents. */
    public record TocEntry(String unitId, String title, int minutes, boolean done, boolean current)
            implements Serializable {
    }

    public int unitCount() {
        return contents.size();
    }

    public long doneCount() {
        return contents.stream().filter(TocEntry::done).count();
    }
}
