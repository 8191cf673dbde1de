package org.greencustoms.elearning.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.greencustoms.elearning.platform.BusinessException;

/**
 * A package is read into memory to be checked whole (up to 50 MB in, 500 MB unpacked): two uploads at a time per
 * server keep that bounded; a third waits a little, then is told to try again.
 */
@ApplicationScoped
public class UploadSlots {

    static final int SLOTS = 2;
    private static final long WAIT_SECONDS = 20;

    private final Semaphore slots = new Semaphore(SLOTS, true);

    /** Takes a slot; the caller gives it back with {@link #release()}. */
    public void acquire() {
        try {
            if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    public void release() {
        slots.release();
    }

    /** Every slot stayed taken: other packages are being checked. */
    public static class Busy extends BusinessException {

        private static final long serialVersionUID = 1L;

        Busy() {
            super("Other packages are being checked on this server; upload again in a minute");
        }

        @Override
        public String messageKey() {
            return "author.busy";
        }

        @Override
        public int httpStatus() {
            return 503;
        }
    }
}
