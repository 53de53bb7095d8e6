package org.freelance.portal.review.analysis;

import static org.freelance.portal.review.analysis.RuleContext.firstMatching;
import static org.freelance.portal.review.analysis.RuleContext.mayContain;

import java.util.regex.Pattern;

/** The client may change the scope, the schedule or the price alone. */
final class UnilateralChangeRule implements ClauseRule {

    private static final String MAY = "(?: se reserve le droit de| se reserve la faculte de| reserves? the right to|"
            + " pourra| peut| may| is entitled to| can| shall be entitled to| sera libre de| is free to)";
    private static final String CHANGE_VERB = "(?:modifier|changer|ajuster|reduire|revoir|adapter|etendre|redefinir|"
            + "reorganiser|change|modify|amend|adjust|alter|vary|revise|reduce|extend|redefine|reprioriti)";
    private static final Pattern UNILATERAL = Pattern.compile("(?:le client|la societe|l'agence|the client|"
            + "the customer|the company|the agency|\\bcompany|\\bcustomer|\\bagency)" + MAY + "\\b[^.;]{0,80}?\\b"
            + CHANGE_VERB + "|unilateralement|unilateral(?:ly)?|"
            + "sans (?:l'accord|le consentement|accord prealable|l'accord prealable|consultation) du (?:prestataire|"
            + "consultant|titulaire)|without (?:the )?(?:prior )?(?:consent|agreement|approval) of the (?:consultant|"
            + "contractor|provider|freelancer|supplier)|without the (?:consultant|contractor|provider|freelancer|"
            + "supplier)'s (?:prior )?(?:consent|agreement|approval)|a sa seule discretion|at its (?:sole|own) "
            + "discretion|de sa propre initiative");
    private static final Pattern CHANGE_OBJECT = Pattern.compile("modif|chang|ajust|amend|alter|vary|revis|reduc|"
            + "etend|extend|prix|price|tarif|rate|scope|perimetre|planning|schedule|calendrier|livrable|deliverable|"
            + "contenu|content|mission|services|prestations|specifications|cahier des charges|objectifs|priorit");
    private static final Pattern AGREED_CHANGE = Pattern.compile("d'un commun accord|accord (?:ecrit )?des (?:deux )?"
            + "parties|by mutual (?:written )?agreement|mutually agreed|signe(?:e)? (?:par )?(?:les|des) (?:deux )?parties|"
            + "signed by both|agreed in writing by both|with the (?:prior )?(?:written )?(?:consent|agreement) of "
            + "(?:both|the consultant|the contractor|the provider)|avec l'accord (?:ecrit )?(?:prealable )?du "
            + "(?:prestataire|consultant)|accepte(?:e)? par le prestataire|ne (?:pourra|peut) .{0,60}sans|"
            + "may not .{0,60}without|shall not .{0,60}without|cannot .{0,60}without|aucune modification");
    /**
     * The first alternative of {@link #UNILATERAL} holds a party word and a verb word, every other one
     * holds one of the other words.
     */
    private static final String[] UNILATERAL_PARTY_WORDS = {"client", "societe", "agence", "company", "customer",
        "agency"};
    private static final String[] UNILATERAL_VERB_WORDS = {"reserve", "pourra", "peut", "may", "entitled", "can",
        "libre", "free"};
    private static final String[] UNILATERAL_OTHER_WORDS = {"unilateral", "sans l'accord", "sans le consentement",
        "sans accord", "sans consultation", "without", "discretion", "initiative"};

    @Override
    public void check(RuleContext contract) {
        Pattern clientAlias = contract.parties().clientAlias();
        // built from the names this contract gives the client: one pattern per contract, not a constant
        Pattern clientAliasChange = clientAlias == null ? null
                : Pattern.compile(clientAlias.pattern() + MAY + "\\b[^.;]{0,80}?\\b" + CHANGE_VERB);
        firstMatching(contract.sentences(), s -> {
            String f = s.folded();
            boolean candidate = mayContain(f, UNILATERAL_PARTY_WORDS) && mayContain(f, UNILATERAL_VERB_WORDS)
                    || mayContain(f, UNILATERAL_OTHER_WORDS);
            boolean unilateral = candidate && UNILATERAL.matcher(f).find()
                    || clientAliasChange != null && mayContain(f, UNILATERAL_VERB_WORDS)
                            && clientAliasChange.matcher(f).find();
            return unilateral && CHANGE_OBJECT.matcher(f).find()
                    && !AGREED_CHANGE.matcher(f).find()
                    && !TerminationRule.TERMINATION.matcher(f).find();
        }).ifPresent(s -> contract.add(FindingType.UNILATERAL_CHANGE, s));
    }
}
