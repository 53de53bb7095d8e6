package org.freelance.portal.review.analysis;

import java.util.List;

/**
 * What a clause is about. Each category carries the words (accent-folded, lower case, French and
 * English) that reveal it in a heading or a body; {@code checklist} says whether a freelance
 * contract is expected to contain it.
 */
public enum ClauseCategory {
    OBJECT_SCOPE(true, List.of("objet", "object", "purpose", "scope", "perimetre", "description de la mission",
            "description des prestations", "nature de la mission", "services", "prestations", "mission")),
    DELIVERABLES_ACCEPTANCE(false, List.of("livrable", "deliverable", "recette", "acceptance", "reception des",
            "proces-verbal", "validation des", "acceptance test", "sign-off")),
    DURATION_DEADLINES(true, List.of("duree", "duration", "term of", "date de debut", "start date", "end date",
            "calendrier", "planning", "delai", "deadline", "schedule", "prend effet", "entree en vigueur",
            "commence le", "commencement", "effective date")),
    PRICE(true, List.of("prix", "price", "tarif", "remuneration", "honoraires", "fees", "taux journalier",
            "tjm", "daily rate", "forfait", "fixed price", "montant", "rate")),
    PAYMENT_TERMS(true, List.of("paiement", "payment", "facturation", "invoic", "facture", "reglement",
            "payable", "modalites de paiement", "payment terms", "virement")),
    DEPOSIT(true, List.of("acompte", "avance", "deposit", "down payment", "advance payment", "upfront")),
    LATE_PAYMENT_PENALTIES(true, List.of("penalites de retard", "penalite de retard", "interets de retard",
            "late payment", "late-payment", "indemnite forfaitaire", "frais de recouvrement", "recovery cost",
            "overdue", "taux d'interet legal", "refinancement")),
    TERMINATION_NOTICE(true, List.of("resiliation", "termination", "terminate", "rupture", "preavis",
            "notice period", "fin du contrat", "fin anticipee", "early termination")),
    INTELLECTUAL_PROPERTY(true, List.of("propriete intellectuelle", "intellectual property", "droits d'auteur",
            "copyright", "cession des droits", "assignment of rights", "droits de propriete", "ownership",
            "code source", "source code")),
    CONFIDENTIALITY(true, List.of("confidential", "confidentialite", "secret", "non-divulgation",
            "non-disclosure", "nda")),
    PERSONAL_DATA(false, List.of("donnees personnelles", "donnees a caractere personnel", "rgpd", "gdpr",
            "personal data", "data protection", "protection des donnees", "sous-traitant au sens")),
    NON_COMPETE(false, List.of("non-concurrence", "non concurrence", "non-compete", "non compete",
            "non-sollicitation", "non sollicitation", "non-solicitation", "non solicitation", "concurrence",
            "competition", "compete", "debauchage")),
    EXCLUSIVITY(false, List.of("exclusivite", "exclusivity", "exclusive", "exclusivement", "exclusively")),
    LIABILITY_INSURANCE(true, List.of("responsabilite", "liability", "liable", "assurance", "insurance",
            "dommages", "damages", "indemnif", "garantie", "warranty")),
    MEDIATION(true, List.of("mediation", "mediateur", "mediator", "amiable", "amicabl", "conciliation",
            "reglement des differends", "reglement des litiges", "dispute resolution", "resolution des litiges",
            "good faith negotiation", "negocier de bonne foi")),
    GOVERNING_LAW(true, List.of("loi applicable", "droit applicable", "governing law", "applicable law",
            "juridiction", "jurisdiction", "tribunal", "tribunaux", "courts", "attribution de competence",
            "competence juridictionnelle")),
    SUBCONTRACTING(false, List.of("sous-traitance", "sous-traiter", "sous traitance", "subcontract",
            "sub-contract", "cession du contrat", "assignment of the contract", "intuitu personae")),
    UNILATERAL_CHANGE(false, List.of("modification", "avenant", "amendment", "change request", "changes to",
            "modifier", "evolution du perimetre", "change of scope", "variation"));

    private final boolean checklist;
    private final List<String> keywords;

    ClauseCategory(boolean checklist, List<String> keywords) {
        this.checklist = checklist;
        this.keywords = keywords;
    }

    /** Whether a balanced freelance contract is expected to contain such a clause. */
    public boolean checklist() {
        return checklist;
    }

    List<String> keywords() {
        return keywords;
    }
}
