package org.freelance.portal.review.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.Durations.Duration;

/**
 * Payment later than the legal maximum, and payment that waits for the client's own client to pay
 * (pay when paid).
 */
final class PaymentTermsRule implements ClauseRule {

    /** Code de commerce, art. L441-10: payment at most 60 days from the invoice date... */
    static final int L441_10_DAYS_FROM_INVOICE = 60;
    /** ...or 45 days end of month (Code de commerce, art. L441-10). */
    static final int L441_10_DAYS_END_OF_MONTH = 45;

    static final Pattern PAYMENT = Pattern.compile("paiement|payable|paye|regle|reglement|payment|paid|"
            + "\\bpay\\b|facture|invoice|echeance|due date|verse");
    private static final Pattern NOT_PAYMENT_DELAY = Pattern.compile("retard|late|overdue|interest|interet|penalit|"
            + "preavis|notice|prescription|limitation|conserv|archiv|garantie|warranty|recette|acceptance|"
            + "contest|\\bdisput|reclamation|objection|liab|responsab");
    private static final Pattern PAY_WHEN_PAID = Pattern.compile("client final|end[- ]client|end[- ]customer|"
            + "client de l'agence|pay[- ]when[- ]paid|back[- ]to[- ]back|apres (?:reception|encaissement) (?:du|des|"
            + "de son) (?:paiement|reglement|fonds)|(?:a|des|apres) (?:la )?(?:reception|encaissement) (?:effectif )?"
            + "du (?:paiement|reglement) (?:du|par le|de son) client|subject to (?:the )?(?:receipt of )?payment (?:by|"
            + "from) (?:the |its )?(?:end )?(?:client|customer)|once (?:the |its )?(?:end[- ])?(?:client|customer) "
            + "(?:has|have) paid|(?:suivant|apres|des|a compter de) (?:l'|la )?(?:reception|encaissement) "
            + "(?:effectif )?(?:du|des|de) (?:paiement|reglement|sommes|fonds)|elle-meme (?:ete )?(?:payee|reglee)|"
            + "(?:funds|payment|sums|amounts) (?:have|has) been received [^.;]{0,40}from the (?:end )?"
            + "(?:client|customer)|"
            + "(?:if|where|should) the (?:end )?(?:client|customer) (?:does not|fails to|doesn't) pay|"
            + "si le client (?:final )?ne (?:paie|regle) pas|"
            + "upon receipt of (?:the corresponding )?(?:payment|funds) from|conditionne au paiement|"
            + "sous reserve (?:du paiement|de l'encaissement|de la reception)|received (?:payment|funds) from (?:its|the)"
            + " (?:own )?(?:client|customer)|lui-meme (?:ete )?(?:paye|regle)|itself (?:been )?paid|"
            + "reglement (?:effectif )?(?:par|de) son propre client|its own (?:client|customer) has paid");
    /** A pay-when-paid sentence must be about money received, not about the end client alone. */
    private static final Pattern PAID = Pattern.compile("paid|paye|regle|reglement|paiement|payment|encaiss|funds|"
            + "fonds");
    /** The contract's own duration and renewal: its months are not a payment delay. */
    private static final Pattern CONTRACT_TERM = Pattern.compile("duree|reconduction|renouvel|renew|term of|"
            + "initial term|duration|conclu pour|entered into for|prend effet|entree en vigueur|expire");
    private static final Pattern PAYMENT_HEADING = Pattern.compile("paiement|payment|reglement(?! (?:des|amiable|"
            + "interieur))|facturation|invoic|"
            + "modalites financieres|conditions financieres");
    /** Transfer of rights "once the invoices have been paid" is about IP, not about being paid. */
    private static final Pattern RIGHTS_TRANSFER = Pattern.compile("\\bcedes?\\b|cession|\\bassign(?:ed|s)?\\b|"
            + "ownership|droits|rights|title to|propriete");

    /**
     * A clause headed "payment" may hold other sentences (its duration, its renewal): the quote is the
     * sentence that states the late payment, preferably one that names payment, never one about the
     * contract's own term when a better one exists.
     */
    @Override
    public void check(RuleContext contract) {
        LocatedSentence[] lateByRank = new LocatedSentence[3];
        for (LocatedSentence s : contract.sentences()) {
            String f = s.folded();
            boolean paymentHeading = s.clause().categories().contains(ClauseCategory.PAYMENT_TERMS)
                    && PAYMENT_HEADING.matcher(contract.heading(s.clause())).find();
            boolean namesPayment = PAYMENT.matcher(f).find();
            if (!namesPayment && !paymentHeading) {
                continue;
            }
            if (!NOT_PAYMENT_DELAY.matcher(f).find() && !RIGHTS_TRANSFER.matcher(f).find()
                    && Durations.find(f).stream().anyMatch(PaymentTermsRule::beyondLegalMaximum)) {
                boolean aboutTerm = CONTRACT_TERM.matcher(f).find();
                int rank = namesPayment && !aboutTerm ? 0 : !namesPayment && !aboutTerm ? 1 : namesPayment ? 2 : -1;
                if (rank >= 0 && lateByRank[rank] == null) {
                    lateByRank[rank] = s;
                }
            }
            if (PAY_WHEN_PAID.matcher(f).find() && !s.clause().categories().contains(ClauseCategory.OBJECT_SCOPE)
                    || PAY_WHEN_PAID.matcher(f).find() && s.clause().categories().contains(ClauseCategory.PAYMENT_TERMS)) {
                if (PAID.matcher(f).find() && !f.contains("independamment") && !f.contains("regardless")
                        && !f.contains("irrespective") && !RIGHTS_TRANSFER.matcher(f).find()) {
                    contract.addOnce(FindingType.PAY_WHEN_PAID, s);
                }
            }
        }
        Arrays.stream(lateByRank).filter(Objects::nonNull).findFirst()
                .ifPresent(s -> contract.add(FindingType.PAYMENT_TOO_LATE, s));
    }

    private static boolean beyondLegalMaximum(Duration d) {
        return d.days() > L441_10_DAYS_FROM_INVOICE || d.endOfMonth() && d.days() > L441_10_DAYS_END_OF_MONTH;
    }
}
