package org.greencustoms.elearning.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greencustoms.elearning.content.control.InvalidPackageException;
import org.greencustoms.elearning.content.control.PackageFiles;

/**
 * At start-up, once the schema is migrated: imports every package folder of the content directory. Each package is
 * imported in its own transaction, so a bad package is logged and skipped while the others load.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentBootstrap {

    private static final Logger LOG = Logger.getLogger(ContentBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "gc.content.dir")
    String contentDir;

    @Inject
    ContentImport contentImport;

    /** The application, and so its readiness check, starts only once this has returned. */
    @PostConstruct
    void importBundledContent() {
        Path root = Path.of(contentDir);
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "Content directory " + root.toAbsolutePath() + " does not exist: no package imported"
                    + " (set GC_CONTENT_DIR)");
            return;
        }
        int published = 0;
        int unchanged = 0;
        int refused = 0;
        for (Path folder : packageFolders(root)) {
            try {
                ImportResult result = importWithOneRetry(PackageFiles.fromFolder(folder));
                if (result.outcome() == ImportResult.Outcome.PUBLISHED) {
                    published++;
                } else {
                    unchanged++;
                }
            } catch (InvalidPackageException e) {
                refused++;
                LOG.severe(() -> "Content package refused, nothing of it was imported. " + e.getMessage());
            } catch (RuntimeException e) {
                refused++;
                LOG.log(Level.SEVERE, "Content package " + folder + " could not be imported", e);
            }
        }
        int p = published;
        int u = unchanged;
        int r = refused;
        LOG.info(() -> "Content from " + root.toAbsolutePath() + ": " + p + " version(s) published, " + u
                + " unchanged, " + r + " refused");
    }

    /**
     * Servers of a cluster start together and import the same packages: when two create the same new module at
     * once, one insert fails on the unique slug. Trying again finds the module the other server published.
     */
    private ImportResult importWithOneRetry(PackageFiles files) {
        try {
            return contentImport.importPackage(files);
        } catch (EJBException e) {
            LOG.log(Level.INFO, "Importing " + files.name() + " failed once, trying again", e);
            return contentImport.importPackage(files);
        }
    }

    private static List<Path> packageFolders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list content directory " + root, e);
            return List.of();
        }
    }
}
