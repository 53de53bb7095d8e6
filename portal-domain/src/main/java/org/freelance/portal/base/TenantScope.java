package org.freelance.portal.base;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work explicitly bound to one community (scheduled jobs, event listeners, seeding, tests).
 * The binding lives only for the duration of the call, so nothing leaks to the next request
 * served by the same thread. A Hibernate session takes its tenant when it opens: open the scope
 * before the transaction starts.
 */
public final class TenantScope {

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("tenant must not be blank");
        }
        String previous = BOUND.get();
        BOUND.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    static Optional<String> bound() {
        return Optional.ofNullable(BOUND.get());
    }
}
