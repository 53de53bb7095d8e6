package org.freelance.portal.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The portal's clock in every Spring test context of both modules, in place of the system clock (see
 * {@link TestClockInitializer}): Paris time, as the portal's, set by the tests where dates matter, and
 * back to its start after each test ({@link TestClockReset}). Expected dates are computed from it
 * ({@link #today()}), never from the machine's clock.
 *
 * <p>It runs on from the moment a test sets, unlike a fixed clock (threeten-extra's {@code MutableClock},
 * used by the unit tests that own their clock): what a test creates one after the other must still be
 * one after the other in time, or lists sorted by date ("newest first", the queue's "oldest first")
 * would tie. Its start is the real time, or the moment given by the system property
 * {@value #START_PROPERTY} (an ISO date-time with offset, {@code 2026-12-07T23:30:00+01:00}), to run
 * the suite at an awkward hour: {@code ./mvnw verify -Dportal.test-clock=2026-12-07T23:30:00+01:00}.
 */
public final class TestClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String START_PROPERTY = "portal.test-clock";

    private final ZoneId zone;
    /** How far the clock is from the machine's; shared by the views in other zones. */
    private final Offset offset;

    public TestClock() {
        this(PARIS, new Offset());
        reset();
    }

    private TestClock(ZoneId zone, Offset offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** From now on, time runs from this instant. */
    public void setInstant(Instant instant) {
        offset.value = Duration.between(Instant.now(), instant);
    }

    /** Time runs from this moment of Paris time. */
    public void setTo(LocalDateTime parisTime) {
        setInstant(parisTime.atZone(PARIS).toInstant());
    }

    /** Time runs from this moment. */
    public void setTo(ZonedDateTime moment) {
        setInstant(moment.toInstant());
    }

    /** Today (as the clock sees it) at this time of day in Paris, e.g. 23:30, half an hour before midnight. */
    public void setTimeOfDay(LocalTime parisTime) {
        setTo(LocalDate.now(withZone(PARIS)).atTime(parisTime));
    }

    /** Moves the clock forward (or back, for a negative amount). */
    public void add(Duration amount) {
        offset.value = offset.value.plus(amount);
    }

    /** Back to the start: real time, or the moment of {@value #START_PROPERTY}. */
    public void reset() {
        String start = System.getProperty(START_PROPERTY);
        if (start == null || start.isBlank()) {
            offset.value = Duration.ZERO;
        } else {
            setInstant(OffsetDateTime.parse(start.strip()).toInstant());
        }
    }

    /** The date in Paris, what the portal calls today. */
    public LocalDate today() {
        return LocalDate.now(withZone(PARIS));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.value);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public TestClock withZone(ZoneId other) {
        return other.equals(zone) ? this : new TestClock(other, offset);
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + "," + zone + "]";
    }

    private static final class Offset {
        volatile Duration value = Duration.ZERO;
    }
}
