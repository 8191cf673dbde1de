package org.greencustoms.elearning.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greencustoms.elearning.people.control.AccountStore;
import org.greencustoms.elearning.people.entity.Role;

/**
 * The first accounts. In demo mode (gc.demo, on with the embedded H2 database) one account per role, all with the
 * password {@value #DEMO_PASSWORD}, announced in the log; they cannot sign in once demo mode is off. Otherwise a
 * first administrator taken from GC_ADMIN_USERNAME and GC_ADMIN_PASSWORD while no (non-demo) administrator exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountsBootstrap {

    static final String DEMO_PASSWORD = "green-customs";
    private static final Logger LOG = Logger.getLogger(AccountsBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "gc.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "gc.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "gc.admin.password")
    Optional<String> adminPassword;

    @Inject
    AccountStore accounts;

    @PostConstruct
    void createFirstAccounts() {
        if (demo) {
            createDemoAccounts();
        }
        if (!demo && accounts.countWithRole(Role.ADMIN) == 0) {
            createFirstAdministrator();
        }
    }

    private void createDemoAccounts() {
        demoAccount("learner", "Amina Diallo (demo learner)", EnumSet.of(Role.LEARNER));
        demoAccount("author", "Pedro Alves (demo author)", EnumSet.of(Role.AUTHOR));
        demoAccount("trainer", "Claire Martin (demo trainer)", EnumSet.of(Role.TRAINER, Role.LEARNER));
        demoAccount("admin", "Demo administrator", EnumSet.of(Role.ADMIN));
        LOG.warning("DEMO MODE: demo accounts learner, author, trainer and admin exist, all with the password '"
                + DEMO_PASSWORD + "'. Never run demo mode with real data (set GC_DEMO=false).");
    }

    /** Each in its own transaction: another server starting at the same moment may create it first. */
    private void demoAccount(String username, String displayName, Set<Role> roles) {
        if (accounts.find(username).isEmpty()) {
            try {
                accounts.createDemo(username, displayName, DEMO_PASSWORD.toCharArray(), roles);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Demo account " + username + " was not created; another server may have", e);
            }
        }
    }

    private void createFirstAdministrator() {
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            if (adminPassword.get().length() < 12) {
                LOG.severe("GC_ADMIN_PASSWORD is shorter than 12 characters: no administrator created");
                return;
            }
            accounts.create(adminUsername.get(), adminUsername.get(), adminPassword.get().toCharArray(), "en",
                    EnumSet.of(Role.ADMIN));
        } else {
            LOG.warning("No administrator exists: set GC_ADMIN_USERNAME and GC_ADMIN_PASSWORD and restart to"
                    + " create the first one");
        }
    }
}
