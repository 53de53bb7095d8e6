package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Intellectual property transferred before the freelancer is paid, or taking with it what was theirs
 * before the mission (tools, methods, know-how).
 */
final class IntellectualPropertyRule implements ClauseRule {

    /** Words that put a sentence outside an IP clause into the IP zone. */
    private static final Pattern IP_TRIGGER = Pattern.compile("propriete intellectuelle|intellectual property|"
            + "droits d'auteur|copyright|droits patrimoniaux");
    private static final Pattern EARLY_TRANSFER = Pattern.compile("au fur et a mesure|des (?:leur |sa |son )?"
            + "(?:creation|realisation|livraison|production|conception|ecriture|remise)|a (?:la|leur|sa) "
            + "(?:creation|livraison|realisation|remise)|des la signature|upon (?:their |its )?(?:creation|delivery)|"
            + "on (?:creation|delivery)|as (?:and when )?(?:they are|it is) (?:created|produced|delivered|developed|"
            + "made)|as and when|from (?:the moment of |the time of )?(?:their |its )?creation|"
            + "immediately upon|upon being (?:created|developed|delivered)|when (?:they are|it is) created|"
            + "des qu'ils? (?:sont|est) (?:crees|realises|livres|cree|realise|livre)|at the time of creation|"
            + "on the date of (?:creation|delivery)|a compter de (?:leur|la) (?:creation|livraison)");
    private static final Pattern PAYMENT_CONDITION = Pattern.compile("paiement (?:integral|complet|total|effectif|"
            + "du prix|de l'integralite)|(?:integral|complet|entier|parfait|total) paiement|integralite (?:du prix|des "
            + "sommes|des factures|des honoraires)|full payment|payment in full|paid in full|full and final payment|"
            + "complete payment|receipt of (?:full|all|the full)|sous reserve du (?:complet |parfait )?paiement|"
            + "apres (?:le )?(?:complet )?paiement|subject to (?:the )?(?:full |complete )?payment|"
            + "once (?:all|the) (?:invoices|fees|sums|amounts) (?:have been|are) paid|apres encaissement|"
            + "condition (?:suspensive )?du paiement|upon payment|on payment|(?:au fur et a |a )mesure (?:du|des) "
            + "(?:paiement|reglement)|paiement (?:integral |complet )?(?:des factures|de la facture|des sommes|des "
            + "honoraires)|invoices? [^.;]{0,60}?(?:have|has) been paid|price has been paid");
    /** What was the freelancer's before the mission: tools or code alone ("scripts") are not enough. */
    private static final Pattern PREEXISTING = Pattern.compile("pre-?existant|preexistant|anterieur|savoir-faire|"
            + "know-how|pre-?existing|background|developpes? (?:anterieurement|avant|independamment)|"
            + "developed (?:prior|before|independently)|existing (?:tools|code|libraries|materials|components)|"
            + "(?:ses|his|her|own) (?:propres )?(?:outils|methodes|bibliotheques|composants|tools|methods|libraries|"
            + "components|frameworks)|(?:outils|methodes|bibliotheques|composants|tools|methods|libraries|components)"
            + "(?: [a-z-]+){0,2} (?:du|of the) (?:prestataire|consultant|titulaire|freelance|contractor|developer|"
            + "designer)\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("cede|cession|transf[eè]r|assign|propriete (?:exclusive |"
            + "pleine et entiere )?du client|property of the (?:client|customer|company)|belong to the (?:client|"
            + "customer|company)|vest(?:s|ed)? in|appartiendr|appartiennent|owned by the (?:client|customer|company)|"
            + "devien(?:nen)?t (?:la )?propriete|become the (?:sole |exclusive )?property|incluant|y compris|including|"
            + "include|inclus|comprend|covers|couvre|s'etend");
    private static final Pattern PREEXISTING_EXCLUDED = Pattern.compile("a l'exclusion|a l'exception|\\bhors\\b|"
            + "excluding|except|excluded|exclus|reste(?:nt)? (?:la )?(?:pleine )?propriete|demeure(?:nt)? (?:la )?"
            + "(?:pleine |seule )?propriete|remains? (?:the )?(?:sole |exclusive )?property|retains?|conserve|"
            + "licen[cs]e|ne (?:sont|seront) pas (?:concernes|cedes|transferes)|are not (?:assigned|transferred)|"
            + "shall not (?:include|cover|extend)|ne couvre pas|n'inclut pas|does not (?:include|cover|extend)|"
            + "non cedes|not assigned|\\bkeeps?\\b|\\bkept\\b|reste(?:nt)? (?:sa|leur|sous sa) (?:pleine )?propriete|"
            + "demeure(?:nt)? (?:sa|leur) propriete|reste(?:nt)? titulaire|not part of|ne font pas partie");

    @Override
    public void check(RuleContext contract) {
        List<LocatedSentence> zone = contract.zone(ClauseCategory.INTELLECTUAL_PROPERTY, IP_TRIGGER);
        if (zone.isEmpty()) {
            return;
        }
        boolean conditioned = zone.stream().anyMatch(s -> PAYMENT_CONDITION.matcher(s.folded()).find());
        if (!conditioned) {
            firstMatching(zone, s -> EARLY_TRANSFER.matcher(s.folded()).find())
                    .ifPresent(s -> contract.add(FindingType.IP_BEFORE_PAYMENT, s));
        }
        firstMatching(zone, s -> PREEXISTING.matcher(s.folded()).find() && ASSIGNMENT.matcher(s.folded()).find()
                && !PREEXISTING_EXCLUDED.matcher(s.folded()).find())
                .ifPresent(s -> contract.add(FindingType.IP_PREEXISTING_TOOLS, s));
    }
}
