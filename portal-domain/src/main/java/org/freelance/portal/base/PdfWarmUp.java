package org.freelance.portal.base;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one small document on a background thread once the application is ready: the first PDF
 * of a process otherwise pays for loading the layout engine, its style sheet and the fonts (about
 * 1.5 s of processor time, against 0.2 s for a journal once warm), and a member waiting for an
 * evidence bundle should not be the one who pays it.
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        // once per process: the engine's classes and the font files are shared by every context
        if (STARTED.compareAndSet(false, true)) {
            Thread.ofPlatform().name("pdf-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(PdfWarmUp::write);
        }
    }

    private static void write() {
        try {
            new PdfComposer("Préchauffage", "Łódź · Київ · Ελλάδα").title("Préchauffage").subheading("Sous-titre")
                    .keyValues(List.<String[]>of(new String[] {"Clé", "Valeur"})).quote("Citation")
                    .table(List.of("A", "B"), List.of(List.of("1", "2")), new float[] {0.5f, 0.5f}).toPdf();
        } catch (RuntimeException e) {
            // the first real document will then pay the cost itself, and report what is wrong
            log.warn("PDF warm-up failed", e);
        }
    }
}
