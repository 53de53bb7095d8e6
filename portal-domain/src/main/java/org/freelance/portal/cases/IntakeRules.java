package org.freelance.portal.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.freelance.portal.base.CompanyIdentifier;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseEnums.VettingItem;

/** What an intake may hold (lengths, counts, amounts) and what a submitted case must contain. */
final class IntakeRules {

    static final int MAX_CONTACTS = 20;
    static final int MAX_PHASES = 30;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().\\-/]{4,40}$");

    private IntakeRules() {
    }

    static boolean validAmount(BigDecimal amount) {
        return amount == null || (amount.signum() >= 0 && amount.compareTo(CaseJournal.MAX_AMOUNT) <= 0);
    }

    /** Trims and bounds what was typed; drops contact and phase lines left entirely empty. */
    static CaseIntake clean(CaseIntake in) {
        List<CaseIntake.Contact> contactList = in.client().contacts().stream()
                .map(c -> new CaseIntake.Contact(Texts.limit(c.name(), 200), Texts.limit(c.role(), 200),
                        Texts.limit(c.email(), 254), Texts.limit(c.phone(), 40)))
                .filter(c -> c.name() != null || c.role() != null || c.email() != null || c.phone() != null)
                .limit(MAX_CONTACTS).toList();
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        in.vetting().forEach((item, v) -> {
            if (item != null && v != null) {
                vetting.put(item, new CaseIntake.Vetting(v.answer(), Texts.limit(v.note(), 2000)));
            }
        });
        List<CaseIntake.Phase> phaseList = in.scoping().phases().stream()
                .map(p -> new CaseIntake.Phase(Texts.limit(p.name(), 200), p.deadline()))
                .filter(p -> p.name() != null || p.deadline() != null).limit(MAX_PHASES)
                .map(p -> p.name() == null ? new CaseIntake.Phase("—", p.deadline()) : p).toList();
        BigDecimal amount = in.mission().amount();
        if (!validAmount(amount)) {
            throw new PortalException("error.case.amount");
        }
        return new CaseIntake(Texts.limit(in.title(), 200),
                new CaseIntake.Client(Texts.limit(in.client().name(), 200),
                        Texts.limit(in.client().identifier(), 40), Texts.limit(in.client().address(), 2000),
                        contactList),
                vetting,
                new CaseIntake.Mission(Texts.limit(in.mission().object(), 8000), in.mission().start(),
                        in.mission().end(), in.mission().pricing(),
                        amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP),
                        in.mission().reviewRequestId()),
                new CaseIntake.Scoping(Texts.limit(in.scoping().objectives(), 8000), phaseList,
                        Texts.limit(in.scoping().roles(), 8000), Texts.limit(in.scoping().outOfScope(), 8000)),
                new CaseIntake.Problem(in.problem().category(), Texts.limit(in.problem().description(), 20_000),
                        Texts.limit(in.problem().desiredOutcome(), 8000), in.problem().urgency()));
    }

    /** What a submitted case must contain; throws the first missing or invalid field's key. */
    static void validateComplete(CaseIntake intake) {
        if (intake.title() == null) {
            throw new PortalException("error.case.title");
        }
        if (intake.client().name() == null) {
            throw new PortalException("error.case.client-name");
        }
        CompanyIdentifier.check(intake.client().identifier());
        for (CaseIntake.Contact contact : intake.client().contacts()) {
            if (contact.name() == null) {
                throw new PortalException("error.case.contact-name");
            }
            if (contact.email() != null && !EMAIL.matcher(contact.email()).matches()) {
                throw new PortalException("error.case.contact-email", contact.email());
            }
            if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
                throw new PortalException("error.case.contact-phone", contact.phone());
            }
        }
        if (intake.mission().object() == null) {
            throw new PortalException("error.case.mission-object");
        }
        if (intake.mission().start() != null && intake.mission().end() != null
                && intake.mission().end().isBefore(intake.mission().start())) {
            throw new PortalException("error.case.mission-dates");
        }
        if (intake.problem().category() == null) {
            throw new PortalException("error.case.problem-category");
        }
        if (intake.problem().description() == null) {
            throw new PortalException("error.case.problem-description");
        }
        if (intake.problem().urgency() == null) {
            throw new PortalException("error.case.urgency");
        }
    }
}
