package org.freelance.portal.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.review.analysis.ClauseCategory;

/**
 * Deterministic synthetic lessons learned for the search benchmark: French (60 %) or English, one or
 * two topics of the domain each (payment, deposit, scope, termination, IP, confidentiality,
 * non-compete, liability, personal data, acceptance, mediation, price, weak signals), sentences drawn
 * from per-topic phrasings with varied parties, amounts and durations, so the vocabulary and its
 * frequencies look like real articles rather than random words.
 */
final class SyntheticArticles {

    record Text(String title, String context, String whatHappened, String whatWorked, String nextTime,
            Set<ClauseCategory> categories, Outcome outcome, Sector sector, int year) {
    }

    private record Topic(ClauseCategory category, String[] frTitles, String[] frHappened, String[] frWorked,
            String[] frLessons, String[] enTitles, String[] enHappened, String[] enWorked, String[] enLessons) {
    }

    private static final String[] FR_PARTIES = {"le Client A", "l'ESN B", "la start-up C", "le cabinet D",
        "l'intermédiaire E", "le grand compte F", "l'agence G", "la société de portage H"};
    private static final String[] EN_PARTIES = {"Client A", "agency B", "start-up C", "consultancy D",
        "intermediary E", "the corporate client F", "studio G", "umbrella company H"};
    private static final String[] FR_MISSIONS = {"Mission ServiceNow", "Migration SAP", "Refonte d'un portail",
        "Mission de conseil", "Projet data", "Développement d'une application mobile", "Audit de sécurité",
        "Migration vers le cloud", "Création d'une identité visuelle", "Formation", "Intégration CRM"};
    private static final String[] EN_MISSIONS = {"ServiceNow engagement", "SAP migration", "Portal rebuild",
        "Consulting engagement", "Data project", "Mobile app development", "Security audit", "Cloud migration",
        "Branding project", "Training course", "CRM integration"};

    private static final List<Topic> TOPICS = List.of(
            new Topic(ClauseCategory.PAYMENT_TERMS,
                    new String[] {"Factures impayées depuis %d jours", "Retard de paiement chronique",
                        "Le paiement conditionné au client final", "Délai de paiement hors la loi"},
                    new String[] {"%s payait les factures à %d jours au lieu de 60.",
                        "Trois factures sont restées impayées et la trésorerie s'est tendue.",
                        "%s refusait de régler tant que son propre client n'avait pas payé.",
                        "Les relances par courriel restaient sans réponse."},
                    new String[] {"Une relance écrite le lendemain de l'échéance a débloqué le paiement.",
                        "Le rappel du délai légal de 60 jours a suffi.",
                        "Un échéancier signé a permis d'être payé en trois fois."},
                    new String[] {"Relancer dès le lendemain de l'échéance", "Vérifier le délai de paiement",
                        "Refuser le paiement conditionné au client final"},
                    new String[] {"Invoices unpaid for %d days", "Chronic late payment",
                        "Pay-when-paid clause with an intermediary", "Payment terms beyond the legal limit"},
                    new String[] {"%s paid invoices after %d days instead of 60.",
                        "Three invoices stayed unpaid and cash flow became tight.",
                        "%s would only pay once its own customer had paid.",
                        "Email reminders went unanswered."},
                    new String[] {"A written reminder the day after the due date got the invoices paid.",
                        "Pointing out the legal limit of 60 days was enough.",
                        "A signed payment plan settled the debt in three instalments."},
                    new String[] {"Send a reminder the day after the due date", "Check the payment terms",
                        "Refuse pay-when-paid clauses"}),
            new Topic(ClauseCategory.DEPOSIT,
                    new String[] {"Sans acompte, des mois de travail à crédit", "L'acompte qui a tout changé"},
                    new String[] {"Aucun acompte n'avait été demandé avant de commencer.",
                        "%s repoussait chaque versement en attendant une levée de fonds."},
                    new String[] {"La reprise a été conditionnée à un acompte de %d %%.",
                        "L'acompte non remboursable a été conservé après l'annulation."},
                    new String[] {"Exiger un acompte avant de commencer", "Facturer par jalon"},
                    new String[] {"No deposit, months of work on credit", "The deposit that changed everything"},
                    new String[] {"No deposit had been asked before starting.",
                        "%s postponed every payment until its funding round."},
                    new String[] {"Work resumed only after a %d %% deposit.",
                        "The non-refundable deposit was kept after the cancellation."},
                    new String[] {"Ask for a deposit up front", "Bill per milestone"}),
            new Topic(ClauseCategory.LATE_PAYMENT_PENALTIES,
                    new String[] {"Calcul des pénalités de retard", "L'indemnité forfaitaire de 40 euros oubliée"},
                    new String[] {"Le contrat ne mentionnait aucun taux de pénalité.",
                        "%s contestait devoir des intérêts de retard."},
                    new String[] {"Les pénalités calculées jour par jour sur le TTC ont été acceptées.",
                        "L'indemnité de recouvrement de 40 euros par facture a été payée."},
                    new String[] {"Indiquer les pénalités de retard sur chaque facture",
                        "Réclamer l'indemnité forfaitaire de recouvrement"},
                    new String[] {"Computing late-payment penalties", "The forgotten fixed recovery fee"},
                    new String[] {"The contract stated no penalty rate.",
                        "%s disputed owing any late-payment interest."},
                    new String[] {"Penalties computed per day on the amount including VAT were accepted.",
                        "The 40 euro recovery fee per invoice was paid."},
                    new String[] {"State late-payment penalties on every invoice", "Claim the fixed recovery fee"}),
            new Topic(ClauseCategory.OBJECT_SCOPE,
                    new String[] {"Dérive du périmètre sans avenant", "Travail hors périmètre non facturé",
                        "Des objectifs flous dès le départ"},
                    new String[] {"Le périmètre a doublé au fil des réunions, sans avenant ni devis.",
                        "%s ajoutait chaque semaine de petites demandes hors périmètre.",
                        "Personne ne savait quand le projet serait terminé."},
                    new String[] {"Un avenant chiffré a été signé avant toute nouvelle demande.",
                        "Un atelier de cadrage a fixé des objectifs mesurables."},
                    new String[] {"Refuser le travail hors périmètre sans avenant écrit",
                        "Écrire ce qui n'est pas inclus"},
                    new String[] {"Scope creep without an amendment", "Unbilled out-of-scope work",
                        "Vague objectives from day one"},
                    new String[] {"The scope doubled meeting after meeting, with no amendment or quote.",
                        "%s added small out-of-scope requests every week.",
                        "Nobody could say when the project would be finished."},
                    new String[] {"A priced amendment was signed before any new request.",
                        "A scoping workshop set measurable objectives."},
                    new String[] {"Refuse out-of-scope work without a written change request",
                        "Write down what is not included"}),
            new Topic(ClauseCategory.TERMINATION_NOTICE,
                    new String[] {"Préavis de %d jours pour une mission d'un an", "Résiliation du jour au lendemain",
                        "Rupture anticipée de la mission"},
                    new String[] {"%s a mis fin à la mission avec un préavis de %d jours.",
                        "Le contrat ne prévoyait aucune clause de résiliation."},
                    new String[] {"La médiation a obtenu un mois de préavis payé.",
                        "Les comptes rendus signés ont prouvé le travail réalisé."},
                    new String[] {"Négocier un préavis proportionné à la durée de la mission",
                        "Prévoir une indemnité de rupture anticipée"},
                    new String[] {"%d days' notice for a one-year engagement", "Terminated overnight",
                        "Early termination of the engagement"},
                    new String[] {"%s ended the engagement with %d days' notice.",
                        "The contract had no termination clause."},
                    new String[] {"Mediation obtained one month's paid notice.",
                        "Signed timesheets proved the work done."},
                    new String[] {"Negotiate a notice period proportionate to the engagement",
                        "Add an early termination fee"}),
            new Topic(ClauseCategory.INTELLECTUAL_PROPERTY,
                    new String[] {"Cession des droits avant paiement", "À qui appartient le code source ?"},
                    new String[] {"Le contrat cédait la propriété intellectuelle dès la signature.",
                        "%s utilisait le code source en production sans avoir payé."},
                    new String[] {"Le transfert des droits a été reporté au paiement complet.",
                        "Les outils préexistants ont été concédés en licence."},
                    new String[] {"Céder les droits seulement après paiement intégral",
                        "Lister précisément les droits cédés"},
                    new String[] {"IP assigned before payment", "Who owns the source code?"},
                    new String[] {"The contract assigned intellectual property on signature.",
                        "%s used the source code in production without paying."},
                    new String[] {"Transfer of ownership was deferred to full payment.",
                        "Pre-existing tools were licensed, not assigned."},
                    new String[] {"Transfer rights only after full payment", "List exactly which rights are assigned"}),
            new Topic(ClauseCategory.CONFIDENTIALITY,
                    new String[] {"Clause de confidentialité à sens unique", "Un accord de non-divulgation trop large"},
                    new String[] {"Seul le prestataire était tenu à la confidentialité, sans limite de durée.",
                        "Le NDA interdisait de réutiliser ses propres méthodes."},
                    new String[] {"La clause a été rendue réciproque et limitée à %d ans.",
                        "Les informations déjà connues ont été exclues."},
                    new String[] {"Demander une confidentialité réciproque", "Limiter la durée de la confidentialité"},
                    new String[] {"One-sided confidentiality clause", "An NDA that went too far"},
                    new String[] {"Only the contractor was bound by confidentiality, forever.",
                        "The NDA barred reuse of the freelancer's own methods."},
                    new String[] {"The clause was made mutual and limited to %d years.",
                        "Information already known was excluded."},
                    new String[] {"Ask for mutual confidentiality", "Limit the duration of confidentiality"}),
            new Topic(ClauseCategory.NON_COMPETE,
                    new String[] {"Non-concurrence de %d mois sans contrepartie", "Non-sollicitation du client final"},
                    new String[] {"%s interdisait de travailler pour tout concurrent pendant %d mois.",
                        "Le client final proposait un contrat direct à la fin de la mission."},
                    new String[] {"La clause a été réduite à une non-sollicitation de six mois.",
                        "Une commission a été versée à l'intermédiaire."},
                    new String[] {"Refuser une non-concurrence sans contrepartie", "Limiter la durée et le territoire"},
                    new String[] {"A %d-month non-compete with no compensation", "Non-solicitation of the end client"},
                    new String[] {"%s barred work for any competitor for %d months.",
                        "The end client offered a direct contract at the end of the engagement."},
                    new String[] {"The clause was reduced to six months of non-solicitation.",
                        "A commission was paid to the intermediary."},
                    new String[] {"Refuse a non-compete without compensation", "Limit its duration and territory"}),
            new Topic(ClauseCategory.LIABILITY_INSURANCE,
                    new String[] {"Responsabilité illimitée", "Panne en production et dommages et intérêts"},
                    new String[] {"Le contrat rendait le freelance responsable de tous les dommages, sans plafond.",
                        "%s réclamait la perte d'exploitation après une panne."},
                    new String[] {"La responsabilité a été plafonnée au montant des honoraires.",
                        "L'assurance RC Pro a couvert le geste commercial."},
                    new String[] {"Plafonner sa responsabilité", "Vérifier son assurance responsabilité civile"},
                    new String[] {"Unlimited liability", "Production outage and a damages claim"},
                    new String[] {"The contract made the freelancer liable for all damages, without a cap.",
                        "%s claimed lost revenue after an outage."},
                    new String[] {"Liability was capped at the fees.",
                        "Professional indemnity insurance covered the settlement."},
                    new String[] {"Cap your liability", "Check your professional indemnity insurance"}),
            new Topic(ClauseCategory.PERSONAL_DATA,
                    new String[] {"Données personnelles et RGPD oubliés", "Fuite d'un fichier clients"},
                    new String[] {"Le contrat ne disait rien des données personnelles traitées.",
                        "Un export de fichier clients a circulé sans chiffrement."},
                    new String[] {"Un accord de sous-traitance RGPD a été annexé.",
                        "Le journal des échanges a montré qui avait demandé l'export."},
                    new String[] {"Annexer les clauses RGPD", "Transférer les données par un canal chiffré"},
                    new String[] {"GDPR terms missing", "A customer file leaked"},
                    new String[] {"The contract said nothing about the personal data processed.",
                        "A customer export circulated unencrypted."},
                    new String[] {"A data processing agreement was added.",
                        "The exchange log showed who had asked for the export."},
                    new String[] {"Add a data processing agreement", "Transfer data over an encrypted channel"}),
            new Topic(ClauseCategory.DELIVERABLES_ACCEPTANCE,
                    new String[] {"Recette jamais prononcée", "Allers-retours infinis sur les livrables"},
                    new String[] {"%s repoussait la recette sans lister d'anomalies.",
                        "Les corrections demandées dépassaient largement ce qui était prévu."},
                    new String[] {"La recette tacite après quinze jours a été invoquée.",
                        "Le nombre d'itérations a été limité à deux par livrable."},
                    new String[] {"Prévoir une recette tacite", "Exiger une liste écrite des réserves"},
                    new String[] {"Acceptance that never came", "Endless rounds of changes on deliverables"},
                    new String[] {"%s kept postponing acceptance without listing defects.",
                        "Requested corrections went far beyond what was planned."},
                    new String[] {"Deemed acceptance after fifteen days was applied.",
                        "Revisions were limited to two rounds per deliverable."},
                    new String[] {"Include deemed acceptance", "Ask for defects in writing"}),
            new Topic(ClauseCategory.MEDIATION,
                    new String[] {"La médiation plutôt que le tribunal", "Mise en demeure puis médiation"},
                    new String[] {"Le litige portait sur %d euros et le consultant voulait assigner %s.",
                        "Une mise en demeure par lettre recommandée était restée sans effet."},
                    new String[] {"Deux séances de médiation ont abouti à un accord écrit.",
                        "La mise en demeure avec un délai de huit jours a débloqué la situation."},
                    new String[] {"Proposer une médiation avant toute procédure",
                        "Prévoir une clause de médiation préalable"},
                    new String[] {"Mediation instead of court", "Formal notice, then mediation"},
                    new String[] {"The dispute was about %d euros and the freelancer wanted to sue %s.",
                        "A formal notice by registered letter had no effect."},
                    new String[] {"Two mediation sessions led to a written settlement.",
                        "The formal notice with an eight-day deadline unblocked the situation."},
                    new String[] {"Try mediation before litigation", "Add a prior mediation clause"}),
            new Topic(ClauseCategory.PRICE,
                    new String[] {"Baisse du TJM imposée au renouvellement", "Modification unilatérale du prix"},
                    new String[] {"%s a annoncé une baisse de %d %% du taux journalier.",
                        "Le donneur d'ordre se réservait le droit de changer le prix."},
                    new String[] {"Le tarif a été maintenu contre un engagement plus long.",
                        "La clause a été supprimée après un second avis."},
                    new String[] {"Fixer le tarif pour toute la mission", "Refuser la modification unilatérale du prix"},
                    new String[] {"Daily rate cut at renewal", "Unilateral price change"},
                    new String[] {"%s announced a %d %% cut of the day rate.",
                        "The client reserved the right to change the price."},
                    new String[] {"The rate was kept in exchange for a longer commitment.",
                        "The clause was removed after a second opinion."},
                    new String[] {"Fix the rate for the whole engagement", "Refuse unilateral price changes"}));

    private static final String[] FR_WEAK = {"Les réunions étaient annulées et les validations tardaient.",
        "Le sponsor ne répondait plus aux courriels.", "Une promesse orale n'avait jamais été confirmée par écrit.",
        "Les comptes rendus d'appel ont servi de preuve."};
    private static final String[] EN_WEAK = {"Meetings were cancelled and approvals were slow.",
        "The sponsor stopped answering emails.", "A verbal promise had never been confirmed in writing.",
        "Call summaries served as evidence."};

    private final Random random;

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    Text next() {
        boolean french = random.nextInt(10) < 6;
        Topic main = pick(TOPICS);
        Topic second = random.nextBoolean() ? pick(TOPICS) : main;
        String party = french ? pick(FR_PARTIES) : pick(EN_PARTIES);
        String mission = french ? pick(FR_MISSIONS) : pick(EN_MISSIONS);
        String title = fill(french ? pick(main.frTitles()) : pick(main.enTitles()), party);
        String context = french ? mission + " de " + (2 + random.nextInt(18)) + " mois avec " + party + "."
                : mission + " of " + (2 + random.nextInt(18)) + " months with " + party + ".";
        List<String> happened = new ArrayList<>();
        happened.add(fill(french ? pick(main.frHappened()) : pick(main.enHappened()), party));
        happened.add(fill(french ? pick(main.frHappened()) : pick(main.enHappened()), party));
        if (second != main) {
            happened.add(fill(french ? pick(second.frHappened()) : pick(second.enHappened()), party));
        }
        happened.add(french ? pick(FR_WEAK) : pick(EN_WEAK));
        String worked = fill(french ? pick(main.frWorked()) : pick(main.enWorked()), party);
        String lessons = String.join("\n", french ? main.frLessons() : main.enLessons())
                + (second != main ? "\n" + pick(french ? second.frLessons() : second.enLessons()) : "");
        Set<ClauseCategory> categories = EnumSet.of(main.category(), second.category());
        return new Text(title, context, String.join(" ", happened), worked, lessons, categories,
                pick(Outcome.values()), pick(Sector.values()), 2019 + random.nextInt(8));
    }

    /** Queries of one to three words as members type them: topic words, word forms, missing accents, both languages. */
    static List<String> queryMix() {
        return List.of("facture impayée", "factures impayees", "retard de paiement", "acompte", "acomptes",
                "pénalités de retard", "penalites", "indemnité forfaitaire", "périmètre", "derive perimetre",
                "avenant", "hors périmètre", "préavis", "preavis mission", "résiliation", "rupture anticipée",
                "propriété intellectuelle", "code source", "cession des droits", "confidentialité", "NDA",
                "non-concurrence", "non sollicitation", "responsabilité", "RC Pro", "RGPD", "données personnelles",
                "recette", "livrables", "médiation", "mise en demeure", "lettre recommandée", "TJM",
                "baisse du TJM", "prix", "promesse orale", "ESN", "portage", "client final", "échéancier",
                "unpaid invoices", "late payment", "deposit", "penalties", "recovery fee", "scope creep",
                "amendment", "notice period", "termination", "source code", "intellectual property",
                "confidentiality", "non-compete", "liability", "insurance", "GDPR", "personal data",
                "acceptance", "deliverables", "mediation", "formal notice", "day rate", "verbal promise",
                "pay-when-paid", "umbrella company", "end client", "payment plan", "registered letter");
    }

    private String fill(String template, String party) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < template.length() - 1; i++) {
            if (template.charAt(i) == '%') {
                char kind = template.charAt(++i);
                if (kind == 's') {
                    args.add(party);
                } else if (kind == 'd') {
                    args.add(number());
                }
            }
        }
        return String.format(template, args.toArray());
    }

    private int number() {
        return switch (random.nextInt(4)) {
            case 0 -> 8 + random.nextInt(8);
            case 1 -> 20 + random.nextInt(40);
            case 2 -> 60 + random.nextInt(90);
            default -> 1000 + random.nextInt(30) * 1000;
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
