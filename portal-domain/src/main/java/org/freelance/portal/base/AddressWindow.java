package org.freelance.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts events per client address within a window that starts at the address's first event, in
 * memory and bounded: at most {@value #MAX_ADDRESSES} addresses are kept (the least recently seen
 * are forgotten first), so a flood of addresses cannot fill the heap. Per node.
 */
public final class AddressWindow {

    public static final int MAX_ADDRESSES = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Count> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public AddressWindow(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Whether this address has used up its events for the current window. */
    public synchronized boolean isExhausted(String address) {
        Count count = byAddress.get(address);
        if (count == null) {
            return false;
        }
        if (count.expired(clock.instant(), window)) {
            byAddress.remove(address);
            return false;
        }
        return count.value >= limit;
    }

    /** Counts one event from this address. */
    public synchronized void record(String address) {
        Instant now = clock.instant();
        Count count = byAddress.get(address);
        if (count == null || count.expired(now, window)) {
            byAddress.put(address, new Count(now));
        } else {
            count.value++;
        }
    }

    /** Counts one event unless the address is already exhausted; false when it was. */
    public synchronized boolean tryRecord(String address) {
        if (isExhausted(address)) {
            return false;
        }
        record(address);
        return true;
    }

    public synchronized int trackedAddresses() {
        return byAddress.size();
    }

    private static final class Count {
        private final Instant since;
        private int value = 1;

        Count(Instant since) {
            this.since = since;
        }

        boolean expired(Instant now, Duration window) {
            return !now.isBefore(since.plus(window));
        }
    }
}
