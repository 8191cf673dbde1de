package org.greencustoms.elearning.progress.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencustoms.elearning.catalog.boundary.Catalog;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.catalog.entity.Unit;
import org.greencustoms.elearning.people.boundary.Scope;
import org.greencustoms.elearning.people.entity.UserAccount;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.progress.entity.UnitProgress;

/**
 * Reading units, on behalf of the signed-in learner: opening a unit records that it was viewed; the learner marks it
 * as done at its end. Progress is kept by stable ids, so it survives new versions of the module.
 */
@Stateless
@RolesAllowed("LEARNER")
public class Reading {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<UnitCompleted> unitCompleted;

    @Inject
    Clock clock;

    @Inject
    Scope scope;

    @Inject
    Catalog catalog;

    /** Opens a unit of the module's current version; without a unit id, the first unit not yet done. */
    public UnitReading read(String moduleId, String unitId, String language) {
        UserAccount learner = scope.caller();
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        Map<String, UnitProgress> progress = progress(learner, version);
        List<Unit> units = version.getUnits();
        Unit unit = unitId == null
                ? units.stream().filter(u -> !done(progress, u)).findFirst().orElse(units.get(0))
                : units.stream().filter(u -> u.getKey().equals(unitId)).findFirst().orElseThrow(
                        () -> new NotFoundException("The module '" + moduleId + "' has no unit '" + unitId + "'"));
        if (!progress.containsKey(unit.getKey())) {
            UnitProgress viewed = new UnitProgress(learner.getId(), version.getModule().getId(), unit.getKey(), now());
            em.persist(viewed);
            progress.put(unit.getKey(), viewed);
        }
        int index = units.indexOf(unit);
        return new UnitReading(moduleId, version.text(language).getTitle(), version.getVersion(), unit.getKey(),
                unit.text(language).getTitle(), unit.text(language).getBodyHtml(), unit.getMinutes(), index + 1,
                index > 0 ? units.get(index - 1).getKey() : null,
                index + 1 < units.size() ? units.get(index + 1).getKey() : null,
                done(progress, unit),
                units.stream().map(u -> new UnitReading.TocEntry(u.getKey(), u.text(language).getTitle(),
                        u.getMinutes(), done(progress, u), u == unit)).toList());
    }

    /** Marks a unit as done (again: no change). */
    public void markDone(String moduleId, String unitId) {
        UserAccount learner = scope.caller();
        ModuleVersion version = catalog.getPublishedVersion(moduleId);
        if (version.getUnits().stream().noneMatch(u -> u.getKey().equals(unitId))) {
            throw new NotFoundException("The module '" + moduleId + "' has no unit '" + unitId + "'");
        }
        UnitProgress.Key key = new UnitProgress.Key(learner.getId(), version.getModule().getId(), unitId);
        UnitProgress progress = em.find(UnitProgress.class, key);
        if (progress == null) {
            progress = new UnitProgress(learner.getId(), version.getModule().getId(), unitId, now());
            em.persist(progress);
        }
        progress.complete(now());
        unitCompleted.fire(new UnitCompleted(learner, version, unitId));
    }

    private static boolean done(Map<String, UnitProgress> progress, Unit unit) {
        UnitProgress p = progress.get(unit.getKey());
        return p != null && p.isCompleted();
    }

    private Map<String, UnitProgress> progress(UserAccount learner, ModuleVersion version) {
        return em.createNamedQuery(UnitProgress.BY_LEARNER_AND_MODULE, UnitProgress.class)
                .setParameter("learner", learner.getId()).setParameter("module", version.getModule().getId())
                .getResultList().stream()
                .collect(Collectors.toMap(UnitProgress::getUnitKey, Function.identity()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
