package org.greencustoms.elearning.certificates.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate codes such as {@code GC-7K2M-9QXD-4HTP}: 12 random Crockford base-32 characters (60 bits, so codes
 * cannot be guessed), without I, L, O or U, which are easily misread. What people type back is normalised.
 */
public final class VerificationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern CODE = Pattern.compile("GC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder("GC");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code in its canonical form (upper case, O read as 0, I and L as 1), or empty if it cannot be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1')
                .replaceAll("[\\s-]", "");
        if (code.startsWith("GC")) {
            code = code.substring(2);
        }
        if (code.length() != 12) {
            return Optional.empty();
        }
        String canonical = "GC-" + code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        return CODE.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }
}
