package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseIntake.Client;
import org.freelance.portal.cases.CaseIntake.Contact;
import org.freelance.portal.cases.CaseIntake.Mission;
import org.freelance.portal.cases.CaseIntake.Phase;
import org.freelance.portal.cases.CaseIntake.Problem;
import org.freelance.portal.cases.CaseIntake.Scoping;
import org.freelance.portal.cases.CaseIntake.Vetting;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the intake keeps of what was typed ({@code clean}) and what a submitted case must hold ({@code validateComplete}). */
class IntakeRulesTest {

    static final String VALID_SIRET = "73282932000074";
    static final String INVALID_SIRET = "73282932000075";

    static CaseIntake complete() {
        return new CaseIntake("Factures impayées Alpha Conseil",
                new Client("Alpha Conseil SAS", VALID_SIRET, "1 rue de la Paix, 75002 Paris",
                        List.of(new Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha.example", "+33 1 23 45 67 89"))),
                Map.of(VettingItem.CLEAR_BRIEF, new Vetting(VettingAnswer.NO, "Cahier des charges de 2 pages")),
                new Mission("Intégration ServiceNow ITSM", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30),
                        Pricing.DAILY_RATE, new BigDecimal("650"), null),
                new Scoping("Mise en production du module incidents",
                        List.of(new Phase("Cadrage", LocalDate.of(2026, 3, 31)), new Phase("Recette", null)),
                        "Le client valide chaque livrable sous 5 jours", "Formation des utilisateurs"),
                new Problem(ProblemCategory.LATE_PAYMENT, "Trois factures impayées depuis 75 jours.",
                        "Paiement des factures et des pénalités", Urgency.HIGH));
    }

    static CaseIntake withTitle(CaseIntake in, String title) {
        return new CaseIntake(title, in.client(), in.vetting(), in.mission(), in.scoping(), in.problem());
    }

    static CaseIntake withClient(CaseIntake in, Client client) {
        return new CaseIntake(in.title(), client, in.vetting(), in.mission(), in.scoping(), in.problem());
    }

    static CaseIntake withContacts(CaseIntake in, List<Contact> contacts) {
        Client c = in.client();
        return withClient(in, new Client(c.name(), c.identifier(), c.address(), contacts));
    }

    static CaseIntake withIdentifier(CaseIntake in, String identifier) {
        Client c = in.client();
        return withClient(in, new Client(c.name(), identifier, c.address(), c.contacts()));
    }

    static CaseIntake withMission(CaseIntake in, Mission mission) {
        return new CaseIntake(in.title(), in.client(), in.vetting(), mission, in.scoping(), in.problem());
    }

    static CaseIntake withAmount(CaseIntake in, BigDecimal amount) {
        Mission m = in.mission();
        return withMission(in, new Mission(m.object(), m.start(), m.end(), m.pricing(), amount, m.reviewRequestId()));
    }

    static CaseIntake withPhases(CaseIntake in, List<Phase> phases) {
        Scoping s = in.scoping();
        return new CaseIntake(in.title(), in.client(), in.vetting(), in.mission(),
                new Scoping(s.objectives(), phases, s.roles(), s.outOfScope()), in.problem());
    }

    static CaseIntake withProblem(CaseIntake in, Problem problem) {
        return new CaseIntake(in.title(), in.client(), in.vetting(), in.mission(), in.scoping(), problem);
    }

    /** The key of the PortalException thrown, or null when nothing is thrown. */
    static String keyOf(Runnable check) {
        try {
            check.run();
            return null;
        } catch (PortalException e) {
            return e.messageKey();
        }
    }

    static String validationKey(CaseIntake intake) {
        return keyOf(() -> IntakeRules.validateComplete(intake));
    }

    // --- clean: trimming, blanks, empty lines -------------------------------------------------------

    @Test
    void clean_trims_every_text_and_turns_blanks_into_null() {
        CaseIntake typed = new CaseIntake("  Litige Alpha \n",
                new Client(" Alpha SAS ", " 732 829 320 ", "\t1 rue de la Paix  ",
                        List.of(new Contact("  Jeanne ", "   ", " j@alpha.example ", " 0612345678 "))),
                Map.of(VettingItem.CLEAR_BRIEF, new Vetting(VettingAnswer.YES, "  ok  "),
                        VettingItem.ANSWERS_QUICKLY, new Vetting(VettingAnswer.UNKNOWN, "   ")),
                new Mission("  objet  ", null, null, null, null, null),
                new Scoping(" objectifs ", List.of(new Phase("  Cadrage  ", null)), "\n", " hors périmètre "),
                new Problem(ProblemCategory.OTHER, "  description  ", "   ", Urgency.LOW));

        CaseIntake clean = IntakeRules.clean(typed);

        assertThat(clean.title()).isEqualTo("Litige Alpha");
        assertThat(clean.client().name()).isEqualTo("Alpha SAS");
        assertThat(clean.client().identifier()).isEqualTo("732 829 320");
        assertThat(clean.client().address()).isEqualTo("1 rue de la Paix");
        assertThat(clean.client().contacts()).containsExactly(new Contact("Jeanne", null, "j@alpha.example", "0612345678"));
        assertThat(clean.vetting().get(VettingItem.CLEAR_BRIEF)).isEqualTo(new Vetting(VettingAnswer.YES, "ok"));
        assertThat(clean.vetting().get(VettingItem.ANSWERS_QUICKLY)).isEqualTo(new Vetting(VettingAnswer.UNKNOWN, null));
        assertThat(clean.mission().object()).isEqualTo("objet");
        assertThat(clean.scoping().objectives()).isEqualTo("objectifs");
        assertThat(clean.scoping().phases()).containsExactly(new Phase("Cadrage", null));
        assertThat(clean.scoping().roles()).isNull();
        assertThat(clean.scoping().outOfScope()).isEqualTo("hors périmètre");
        assertThat(clean.problem().description()).isEqualTo("description");
        assertThat(clean.problem().desiredOutcome()).isNull();
    }

    @Test
    void clean_keeps_choices_dates_and_links_as_given() {
        CaseIntake clean = IntakeRules.clean(withMission(complete(), new Mission("objet", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), Pricing.TOTAL, new BigDecimal("12000"), 42L)));
        assertThat(clean.mission().start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(clean.mission().end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(clean.mission().pricing()).isEqualTo(Pricing.TOTAL);
        assertThat(clean.mission().reviewRequestId()).isEqualTo(42L);
        assertThat(clean.problem().category()).isEqualTo(ProblemCategory.LATE_PAYMENT);
        assertThat(clean.problem().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(clean.vetting().get(VettingItem.CLEAR_BRIEF).answer()).isEqualTo(VettingAnswer.NO);
    }

    @Test
    void clean_of_a_complete_intake_changes_nothing_but_the_amount_scale() {
        CaseIntake clean = IntakeRules.clean(complete());
        assertThat(clean.mission().amount()).isEqualByComparingTo("650").hasToString("650.00");
        assertThat(withAmount(clean, new BigDecimal("650"))).isEqualTo(complete());
    }

    @Test
    void clean_is_idempotent() {
        CaseIntake once = IntakeRules.clean(complete());
        assertThat(IntakeRules.clean(once)).isEqualTo(once);
    }

    @Test
    void clean_of_an_empty_intake_is_an_empty_draft() {
        CaseIntake clean = IntakeRules.clean(CaseIntake.EMPTY);
        assertThat(clean.title()).isNull();
        assertThat(clean.client().name()).isNull();
        assertThat(clean.client().contacts()).isEmpty();
        assertThat(clean.vetting()).isEmpty();
        assertThat(clean.mission().amount()).isNull();
        assertThat(clean.scoping().phases()).isEmpty();
        assertThat(clean.problem().category()).isNull();
        assertThat(IntakeRules.clean(new CaseIntake(null, null, null, null, null, null))).isEqualTo(clean);
    }

    @Test
    void contact_lines_left_entirely_empty_are_dropped_and_the_others_keep_their_order() {
        CaseIntake clean = IntakeRules.clean(withContacts(complete(), List.of(
                new Contact(null, null, null, null),
                new Contact("Jeanne", null, null, null),
                new Contact("  ", "\t", "", " \n "),
                new Contact(null, null, "compta@alpha.example", null),
                new Contact(null, "Achats", null, null),
                new Contact(null, null, null, "0102030405"),
                new Contact("", "", "", ""))));
        assertThat(clean.client().contacts()).containsExactly(new Contact("Jeanne", null, null, null),
                new Contact(null, null, "compta@alpha.example", null), new Contact(null, "Achats", null, null),
                new Contact(null, null, null, "0102030405"));
    }

    @Test
    void phase_lines_left_entirely_empty_are_dropped_and_a_dated_phase_without_name_gets_a_dash() {
        LocalDate deadline = LocalDate.of(2026, 5, 1);
        CaseIntake clean = IntakeRules.clean(withPhases(complete(), List.of(new Phase(null, null),
                new Phase("  ", null), new Phase("Recette", null), new Phase(" ", deadline), new Phase("", null))));
        assertThat(clean.scoping().phases()).containsExactly(new Phase("Recette", null), new Phase("—", deadline));
    }

    @Test
    void at_most_twenty_contacts_are_kept_counting_only_filled_lines() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            contacts.add(new Contact(null, null, null, null));
            contacts.add(new Contact("Contact " + i, null, null, null));
        }
        List<Contact> kept = IntakeRules.clean(withContacts(complete(), contacts)).client().contacts();
        assertThat(kept).hasSize(IntakeRules.MAX_CONTACTS).hasSize(20);
        assertThat(kept.getFirst().name()).isEqualTo("Contact 1");
        assertThat(kept.getLast().name()).isEqualTo("Contact 20");
    }

    @Test
    void at_most_thirty_phases_are_kept_counting_only_filled_lines() {
        List<Phase> phases = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            phases.add(new Phase(" ", null));
            phases.add(new Phase("Phase " + i, null));
        }
        List<Phase> kept = IntakeRules.clean(withPhases(complete(), phases)).scoping().phases();
        assertThat(kept).hasSize(IntakeRules.MAX_PHASES).hasSize(30);
        assertThat(kept.getLast().name()).isEqualTo("Phase 30");
    }

    @Test
    void every_text_is_cut_to_its_limit() {
        String huge = "x".repeat(30_000);
        CaseIntake typed = new CaseIntake(huge, new Client(huge, huge, huge, List.of(new Contact(huge, huge, huge, huge))),
                Map.of(VettingItem.CLEAR_BRIEF, new Vetting(VettingAnswer.NO, huge)),
                new Mission(huge, null, null, null, null, null),
                new Scoping(huge, List.of(new Phase(huge, null)), huge, huge),
                new Problem(ProblemCategory.OTHER, huge, huge, Urgency.LOW));

        CaseIntake clean = IntakeRules.clean(typed);

        assertThat(clean.title()).hasSize(200);
        assertThat(clean.client().name()).hasSize(200);
        assertThat(clean.client().identifier()).hasSize(40);
        assertThat(clean.client().address()).hasSize(2000);
        Contact contact = clean.client().contacts().getFirst();
        assertThat(contact.name()).hasSize(200);
        assertThat(contact.role()).hasSize(200);
        assertThat(contact.email()).hasSize(254);
        assertThat(contact.phone()).hasSize(40);
        assertThat(clean.vetting().get(VettingItem.CLEAR_BRIEF).note()).hasSize(2000);
        assertThat(clean.mission().object()).hasSize(8000);
        assertThat(clean.scoping().objectives()).hasSize(8000);
        assertThat(clean.scoping().phases().getFirst().name()).hasSize(200);
        assertThat(clean.scoping().roles()).hasSize(8000);
        assertThat(clean.scoping().outOfScope()).hasSize(8000);
        assertThat(clean.problem().description()).hasSize(20_000);
        assertThat(clean.problem().desiredOutcome()).hasSize(8000);
    }

    @Test
    void limits_count_characters_after_trimming() {
        String title = "   " + "é".repeat(200) + "   ";
        assertThat(IntakeRules.clean(withTitle(complete(), title)).title()).isEqualTo("é".repeat(200));
        assertThat(IntakeRules.clean(withTitle(complete(), "a".repeat(201))).title()).isEqualTo("a".repeat(200));
    }

    @Test
    void vetting_is_kept_for_every_item_answered() {
        Map<VettingItem, Vetting> vetting = new EnumMap<>(VettingItem.class);
        for (VettingItem item : VettingItem.values()) {
            vetting.put(item, new Vetting(VettingAnswer.YES, null));
        }
        CaseIntake typed = new CaseIntake("t", null, vetting, null, null, null);
        assertThat(IntakeRules.clean(typed).vetting()).containsOnlyKeys(VettingItem.values());
    }

    // --- clean: amounts --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-650", "10000000000", "9999999999.995", "1E+11"})
    void negative_or_huge_amounts_are_refused(String amount) {
        assertThat(keyOf(() -> IntakeRules.clean(withAmount(complete(), new BigDecimal(amount)))))
                .isEqualTo("error.case.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0|0.00", "650|650.00", "0.005|0.01", "1250.004|1250.00", "1250.125|1250.13",
            "9999999999.99|9999999999.99", "1E+3|1000.00", "-0|0.00"})
    void amounts_are_kept_to_the_cent_rounding_half_up(String amountAndKept) {
        String[] parts = amountAndKept.split("\\|");
        BigDecimal kept = IntakeRules.clean(withAmount(complete(), new BigDecimal(parts[0]))).mission().amount();
        assertThat(kept.toPlainString()).isEqualTo(parts[1]);
    }

    // --- validateComplete ---------------------------------------------------------------------------------

    @Test
    void complete_intake_passes() {
        assertThatCode(() -> IntakeRules.validateComplete(complete())).doesNotThrowAnyException();
        assertThatCode(() -> IntakeRules.validateComplete(IntakeRules.clean(complete()))).doesNotThrowAnyException();
    }

    @Test
    void minimal_intake_passes_without_the_optional_parts() {
        CaseIntake minimal = new CaseIntake("Retards", new Client("Alpha", null, null, null), null,
                new Mission("Objet", null, null, null, null, null), null,
                new Problem(ProblemCategory.OTHER, "Description", null, Urgency.LOW));
        assertThat(validationKey(minimal)).isNull();
    }

    static Stream<Arguments> missingFields() {
        CaseIntake c = complete();
        Mission m = c.mission();
        Problem p = c.problem();
        return Stream.of(
                Arguments.of("error.case.title", withTitle(c, null)),
                Arguments.of("error.case.client-name", withClient(c, new Client(null, VALID_SIRET, "adresse", List.of()))),
                Arguments.of("error.case.contact-name", withContacts(c, List.of(new Contact(null, "DSI", "a@b.fr", null)))),
                Arguments.of("error.case.contact-name", withContacts(c, List.of(
                        new Contact("Jeanne", null, null, null), new Contact(null, null, "a@b.fr", null)))),
                Arguments.of("error.case.contact-email", withContacts(c, List.of(new Contact("Jeanne", null, "jeanne", null)))),
                Arguments.of("error.case.contact-phone", withContacts(c, List.of(new Contact("Jeanne", null, null, "appeler")))),
                Arguments.of("error.case.mission-object", withMission(c, new Mission(null, m.start(), m.end(), m.pricing(),
                        m.amount(), null))),
                Arguments.of("error.case.mission-dates", withMission(c, new Mission(m.object(), LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 5, 31), m.pricing(), m.amount(), null))),
                Arguments.of("error.case.problem-category", withProblem(c, new Problem(null, p.description(),
                        p.desiredOutcome(), p.urgency()))),
                Arguments.of("error.case.problem-description", withProblem(c, new Problem(p.category(), null,
                        p.desiredOutcome(), p.urgency()))),
                Arguments.of("error.case.urgency", withProblem(c, new Problem(p.category(), p.description(),
                        p.desiredOutcome(), null))),
                Arguments.of("error.company.identifier", withIdentifier(c, INVALID_SIRET)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void each_missing_or_invalid_field_gives_its_key(String key, CaseIntake intake) {
        assertThat(validationKey(intake)).isEqualTo(key);
    }

    @Test
    void the_first_failing_check_is_the_one_reported() {
        assertThat(validationKey(CaseIntake.EMPTY)).isEqualTo("error.case.title");
        CaseIntake noClientNoProblem = new CaseIntake("t", null, null, null, null, null);
        assertThat(validationKey(noClientNoProblem)).isEqualTo("error.case.client-name");
        CaseIntake onlyProblemMissing = withProblem(complete(), Problem.EMPTY);
        assertThat(validationKey(onlyProblemMissing)).isEqualTo("error.case.problem-category");
    }

    @Test
    void blank_fields_count_as_missing_once_cleaned() {
        assertThat(validationKey(IntakeRules.clean(withTitle(complete(), "   ")))).isEqualTo("error.case.title");
        CaseIntake blankDescription = withProblem(complete(), new Problem(ProblemCategory.OTHER, " \n ", null,
                Urgency.LOW));
        assertThat(validationKey(IntakeRules.clean(blankDescription))).isEqualTo("error.case.problem-description");
    }

    @Test
    void bad_contact_values_come_with_the_value_as_argument() {
        try {
            IntakeRules.validateComplete(withContacts(complete(), List.of(new Contact("J", null, "pas-un-email", null))));
        } catch (PortalException e) {
            assertThat(e.messageKey()).isEqualTo("error.case.contact-email");
            assertThat(e.arguments()).containsExactly("pas-un-email");
            return;
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "732829320", "732 829 320 00074", "732 829 320", "732.829.320.00074",
            "732-829-320-00074", "732\u00a0829\u00a0320\u00a000074", "732\u202f829\u202f320", "552 100 554",
            "35600000049837"})
    void valid_siren_or_siret_passes_in_the_usual_ways_of_writing_it(String identifier) {
        assertThat(validationKey(withIdentifier(complete(), identifier))).isNull();
        assertThat(validationKey(IntakeRules.clean(withIdentifier(complete(), "  " + identifier + " ")))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "732829321", "7328293200007", "732829320000740", "73282932000074123",
            "RCS Paris B 732 829 320", "732829320 00074 Paris", "abcdefghijklmn", "0", "FR 12 732829320"})
    void invalid_identifier_is_refused(String identifier) {
        assertThat(validationKey(withIdentifier(complete(), identifier))).isEqualTo("error.company.identifier");
    }

    @Test
    void no_identifier_is_fine() {
        assertThat(validationKey(withIdentifier(complete(), null))).isNull();
        assertThat(validationKey(IntakeRules.clean(withIdentifier(complete(), "   ")))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jeanne@alpha.example", "j.martin+litige@alpha.fr", "prénom.nom@société.fr", "a@b.c",
            "JEANNE@ALPHA.EXAMPLE"})
    void plausible_emails_pass(String email) {
        assertThat(validationKey(withContacts(complete(), List.of(new Contact("Jeanne", null, email, null))))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jeanne", "jeanne@alpha", "@alpha.example", "jeanne@", "jeanne@@alpha.example",
            "jeanne martin@alpha.example", "jeanne@alpha .example", "jeanne@alpha.example, paul@alpha.example",
            "a@b@c.fr"})
    void implausible_emails_are_refused(String email) {
        assertThat(validationKey(withContacts(complete(), List.of(new Contact("Jeanne", null, email, null)))))
                .isEqualTo("error.case.contact-email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)1 23 45 67 89",
            "01-23-45-67-89", "01/23/45/67/89", "1234"})
    void usual_phone_numbers_pass(String phone) {
        assertThat(validationKey(withContacts(complete(), List.of(new Contact("Jeanne", null, null, phone))))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "06 12 AB 56 78", "tél. 0612345678", "0612345678 poste 12", "+33 6 12 34 56 78 #1",
            "12345678901234567890123456789012345678901"})
    void odd_phone_numbers_are_refused(String phone) {
        assertThat(validationKey(withContacts(complete(), List.of(new Contact("Jeanne", null, null, phone)))))
                .isEqualTo("error.case.contact-phone");
    }

    @Test
    void contact_needs_only_a_name() {
        assertThat(validationKey(withContacts(complete(), List.of(new Contact("Jeanne", null, null, null))))).isNull();
        assertThat(validationKey(withContacts(complete(), List.of()))).isNull();
    }

    @Test
    void mission_dates_may_be_the_same_day_or_partly_unknown() {
        Mission m = complete().mission();
        LocalDate day = LocalDate.of(2026, 4, 1);
        for (LocalDate[] dates : Arrays.asList(new LocalDate[] {day, day}, new LocalDate[] {day, null},
                new LocalDate[] {null, day}, new LocalDate[] {null, null})) {
            assertThat(validationKey(withMission(complete(), new Mission(m.object(), dates[0], dates[1], m.pricing(),
                    m.amount(), null)))).isNull();
        }
    }

    @Test
    void scoping_vetting_and_desired_outcome_are_optional() {
        UnaryOperator<CaseIntake> strip = in -> new CaseIntake(in.title(), in.client(), null, in.mission(), null,
                new Problem(in.problem().category(), in.problem().description(), null, in.problem().urgency()));
        assertThat(validationKey(strip.apply(complete()))).isNull();
    }
}
