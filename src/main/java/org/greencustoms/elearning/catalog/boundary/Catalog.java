package org.greencustoms.elearning.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.greencustoms.elearning.catalog.entity.Convention;
import org.greencustoms.elearning.catalog.entity.ModuleVersion;
import org.greencustoms.elearning.platform.NotFoundException;

/** What is published: the agreements and the current version of each module, in the reader's language. */
@Stateless
@PermitAll
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public CatalogOverview overview(String language) {
        List<ModuleSummary> modules = modules(language);
        List<ModuleSummary> foundations = modules.stream().filter(m -> m.conventions().isEmpty()).toList();
        return new CatalogOverview(foundations, conventions(modules, language));
    }

    public List<ConventionView> conventions(String language) {
        return conventions(modules(language), language);
    }

    public List<ModuleSummary> modules(String language) {
        return em.createNamedQuery(ModuleVersion.PUBLISHED, ModuleVersion.class).getResultList().stream()
                .map(version -> ModuleSummary.of(version, language))
                .toList();
    }

    public Optional<ModuleOutline> module(String id, String language) {
        return publishedVersion(id).map(version -> ModuleOutline.of(version, language, conventionsByCode()));
    }

    /** The version of the module that learners use now, for the features that build on it. */
    public Optional<ModuleVersion> publishedVersion(String id) {
        return em.createNamedQuery(ModuleVersion.PUBLISHED_BY_SLUG, ModuleVersion.class)
                .setParameter("slug", id)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Like {@link #publishedVersion}, for callers that cannot go on without it. */
    public ModuleVersion getPublishedVersion(String id) {
        return publishedVersion(id)
                .orElseThrow(() -> new NotFoundException("No published module has the id '" + id + "'"));
    }

    /** Every version of a module learners have had (published or retired, not drafts), oldest first; empty if none. */
    public List<VersionSummary> history(String id) {
        return em.createNamedQuery(ModuleVersion.HISTORY, ModuleVersion.class)
                .setParameter("slug", id)
                .getResultList().stream()
                .map(VersionSummary::of)
                .toList();
    }

    private Map<String, Convention> conventionsByCode() {
        return em.createNamedQuery(Convention.ALL, Convention.class).getResultList().stream()
                .collect(Collectors.toMap(Convention::getCode, Function.identity()));
    }

    private List<ConventionView> conventions(List<ModuleSummary> modules, String language) {
        return em.createNamedQuery(Convention.ALL, Convention.class).getResultList().stream()
                .map(convention -> ConventionView.of(convention, language, modules.stream()
                        .filter(module -> module.conventions().contains(convention.getCode()))
                        .toList()))
                .toList();
    }
}
