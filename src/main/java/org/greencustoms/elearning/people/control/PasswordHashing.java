package org.greencustoms.elearning.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The platform's password hash: Jakarta Security's PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP's figure
 * for this algorithm), a 32-byte salt and a 32-byte key. The parameters travel inside each stored hash, so raising
 * them later still verifies the older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    private Pbkdf2PasswordHash hash;
    private String unknownUserHash;

    @PostConstruct
    void initialize() {
        hash = hashes.get();
        hash.initialize(PARAMETERS);
        unknownUserHash = hash.generate("no such account".toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time of a real check, so that response times do not tell which usernames exist. */
    public void verifyNothing(char[] password) {
        hash.verify(password, unknownUserHash);
    }
}
