package org.greencustoms.elearning;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the real build output, the WAR that production runs, under a name per test class. */
public final class Deployments {

    private Deployments() {
    }

    /** The built WAR, for tests that only talk to it over HTTP. */
    public static WebArchive builtWar(String name) {
        return ShrinkWrap.create(ZipImporter.class, name + ".war")
                .importFrom(new File(System.getProperty("it.war", "target/green-customs.war")))
                .as(WebArchive.class);
    }

    /** The built WAR plus AssertJ, for tests that run inside the server. */
    public static WebArchive builtWarWithAssertions(String name) {
        return builtWar(name).addAsLibrary(jarOf(Assertions.class)).addClasses(Deployments.class, SignedIn.class);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
