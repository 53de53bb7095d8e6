package org.freelance.portal.review.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.ContractText.Sentence;
import org.freelance.portal.review.analysis.Durations.Duration;

/**
 * The rules that flag unbalanced points, one method per family. They read the folded text sentence
 * by sentence, within the clauses of the right category when the contract has them, and report the
 * first sentence that proves the point (or nothing to quote when the point is a missing clause).
 */
final class UnbalancedClauseRules {

    // --- who is who ---------------------------------------------------------------------------
    private static final Pattern PROVIDER = Pattern.compile("\\b(?:le |la |du |au |the )?(?:prestataire|consultante?|"
            + "freelance|freelancer|titulaire|intervenant|sous-traitant|contractor|sub-?contractor|provider|supplier|"
            + "service provider|independant|developer|developpeu(?:r|se)|designer|auditor|auditeur|auditrice|"
            + "formateur|formatrice|expert)\\b");
    private static final Pattern EITHER = Pattern.compile("chacune des parties|chaque partie|l'une ou l'autre|"
            + "l'une des parties|les deux parties|either party|each party|any party|both parties|one party|"
            + "either of the parties|each of the parties|les parties (?:pourront|peuvent)|the parties may");
    private static final Pattern CLIENT = Pattern.compile("\\b(?:le client|la societe|l'agence|le donneur d'ordre|"
            + "l'entreprise cliente|the client|the customer|the company|the agency|the principal|client|company|"
            + "customer|agency)\\b");

    // --- non-compete ----------------------------------------------------------------------------
    private static final Pattern NON_COMPETE = Pattern.compile("non[- ]?concurrence|concurrenc|non[- ]?sollicitation|"
            + "non[- ]?solicitation|non[- ]?compet|not (?:to )?compete|s'interdit|s'engage a ne pas|"
            + "refrain from|shall not,?(?: [^.;]{0,60}?,)? (?:directly or indirectly,? )?(?:work|provide|offer|perform|"
            + "render|accept|solicit|engage|contract)|not to (?:work|provide|solicit|accept)|ne pas (?:travailler|"
            + "intervenir|proposer|fournir|solliciter|accepter|contracter)");
    private static final Pattern POST_TERM = Pattern.compile("a compter de la (?:fin|cessation|resiliation|date)|"
            + "apres (?:la fin|la cessation|l'expiration|le terme|la resiliation)|a l'issue|suivant la fin|"
            + "(?:apres|suivant) (?:sa|son|leur) (?:fin|cessation|terme|expiration|resiliation)|"
            + "following (?:its|their) (?:end|termination|expiry)|(?:after|following) (?:the |your |its |his |her |"
            + "their )?(?:last|final) (?:project|engagement|assignment|mission|contract)|"
            + "apres (?:la |sa |leur |votre )?derniere (?:mission|prestation)|"
            + "post-?contractuel|after (?:the )?(?:end|termination|expiry|expiration|completion)|following (?:the )?"
            + "(?:end|termination|expiry|expiration|completion)|post-?termination|thereafter|from the end|"
            + "de la fin du contrat|to come after|a l'expiration|au-dela de la fin|pendant (?:une duree|une periode)|"
            + "for a (?:period|term) of|during (?:a period|the \\d+ months)");
    private static final Pattern STAFF_ONLY = Pattern.compile("\\b(?:personnel|salaries?|employes?|collaborateurs?|"
            + "employees?|staff)\\b");
    /** Staff words with whose staff they are ("salariés du Client"), removed before looking for clients. */
    private static final Pattern STAFF_PHRASE = Pattern.compile("\\b(?:personnel|salaries?|employes?|collaborateurs?|"
            + "employees?|staff)\\b(?: (?:du|de la|de l'|des|of the|of|of any of the) ?(?:client|customer|company|"
            + "societe|agence|agency|autre partie|other party|parties))?");
    private static final Pattern CLIENTS_WORD = Pattern.compile("client|customer|concurren|compet|prospect|"
            + "entreprise|societe|company|companies|activite|activity|secteur|sector|business");
    private static final Pattern WIDE = Pattern.compile("territoire (?:national|francais)|france entiere|"
            + "toute la france|ensemble du territoire|l'europe|union europeenne|europe|monde|mondial|worldwide|"
            + "the world|any territory|any country|tout pays|tous pays|national territory|entire territory|"
            + "whole (?:of )?(?:france|territory)|all of france|throughout france|international|global");
    private static final Pattern GROUP = Pattern.compile("\\bgroupe\\b|filiales|societes (?:affiliees|liees|du groupe)|"
            + "affiliates|affiliated|subsidiaries|group companies|group of companies|\\bgroup\\b|"
            + "ensemble (?:des|de ses) clients|tous (?:les|ses) clients|all (?:of )?(?:its|the client's) "
            + "(?:customers|clients)|any (?:of its )?(?:customers|clients)|l'ensemble de la clientele|clientele");
    private static final Pattern COMPENSATION = Pattern.compile("contrepartie|indemnite (?:compensatrice|mensuelle|"
            + "de non-concurrence|de non concurrence|speciale)|compensation|indemnity|indemnit|remunere|paid to the|"
            + "versera|will pay|shall pay");
    private static final Pattern NO_COMPENSATION = Pattern.compile("sans (?:aucune )?(?:contrepartie|compensation|"
            + "indemnite|remuneration)|aucune (?:contrepartie|compensation|indemnite)|without (?:any )?(?:compensation|"
            + "consideration|indemnity|payment)|no (?:compensation|consideration|indemnity)|not (?:give rise|entitle)"
            + "|ne donnera (?:lieu|droit)|ne donne (?:lieu|droit)|shall not be compensated|unpaid|non remuner|"
            + "no (?:further|additional|separate|specific) (?:payment|compensation|consideration|indemnity)|"
            + "(?:adequate|sufficient) consideration|aucune (?:somme|remuneration) (?:supplementaire|specifique)");

    // --- confidentiality -------------------------------------------------------------------------
    private static final Pattern CONFIDENTIAL = Pattern.compile("confidenti|secret|non-divulgation|non-disclosure");
    private static final Pattern MUTUAL = Pattern.compile("chacune des parties|chaque partie|les (?:deux )?parties "
            + "(?:s'engagent|conviennent|s'obligent|se (?:doivent|engagent))|reciproque|mutuel|each party|both parties|"
            + "either party|the parties (?:shall|agree|undertake|will|each)|mutual|receiving party|reciprocal|"
            + "each of the parties|de part et d'autre|respectivement|the other party|l'autre partie|each other|"
            + "one another|l'une? envers l'autre|(?:we|they|parties) each|each (?:undertake|agree)|both undertake");

    // --- mediation --------------------------------------------------------------------------------
    private static final Pattern MEDIATION = Pattern.compile("mediation|mediateur|mediator|amiable|amicabl|"
            + "conciliation|conciliateur|negocier de bonne foi|negociation de bonne foi|rapprocher|"
            + "good faith negotiation|negotiate in good faith|negotiations in good faith|settle .{0,40}amicably|"
            + "resoudre .{0,40}a l'amiable|solution amiable|alternative dispute");

    // --- termination ------------------------------------------------------------------------------
    private static final Pattern TERMINATION = Pattern.compile("resili|resoudre le contrat|terminat|rompre|rupture|"
            + "mettre fin|met fin|mettre un terme|met un terme|put an end|bring .{0,40}to an end|"
            + "end (?:the|this|its) (?:agreement|contract|assignment|engagement|placement|mission|services)|cancel|"
            + "close (?:your|the|its|his|her|their) account|"
            + "(?:fermer|cloturer|fermera|cloturera) (?:le|votre|son) compte");
    private static final Pattern CONVENIENCE = Pattern.compile("sans (?:avoir a )?(?:justifier|motif|motivation)|"
            + "a tout moment|pour convenance|de plein droit et sans motif|for convenience|at any time|without cause|"
            + "without (?:giving |providing |stating )?(?:any )?reasons?|for any reason|sans raison|"
            + "a sa (?:seule )?convenance|at its (?:sole )?discretion|sans justification|discretionnaire");
    private static final Pattern NOTICE = Pattern.compile("preavis|notice|prevenance|delai de prevenance|"
            + "prior written|advance written|advance notice");
    private static final Pattern NO_NOTICE = Pattern.compile("sans (?:aucun )?preavis|without (?:any )?(?:prior )?"
            + "notice|with immediate effect|avec effet immediat|immediatement|immediately|no notice|"
            + "sans delai de prevenance");
    private static final Pattern BREACH = Pattern.compile("manquement|faute|inexecution|defaillance|mise en demeure|"
            + "breach|default|fails? to|failure to|cure|remed|insolv|liquidation|redressement|force majeure|"
            + "non-paiement|non-payment|non paiement|late payment|retard de paiement");

    // --- intellectual property --------------------------------------------------------------------
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

    // --- payment ----------------------------------------------------------------------------------
    private static final Pattern PAYMENT = Pattern.compile("paiement|payable|paye|regle|reglement|payment|paid|"
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

    // --- late payment -----------------------------------------------------------------------------
    private static final Pattern LATE_PENALTY = Pattern.compile("penalites? de retard|interets? de retard|"
            + "interets? moratoires|taux d'interet|taux (?:directeur|de refinancement)|trois fois le taux|"
            + "late[- ]payment (?:interest|penalt|charge|fee)|interest (?:on|for) (?:late|overdue|any late)|"
            + "overdue (?:amounts|sums|invoices|payments?) .{0,80}interest|interest .{0,80}overdue|"
            + "default interest|late interest|penalty (?:rate|interest)|pénalit|(?:bears?|carry|carries|accrues?|"
            + "incurs?|gives? rise,?(?: [^.;]{0,30},)? to) interest|interest (?:at|from|is due|shall)|"
            + "(?:legal|statutory) interest|refinanc|portent? interet|porte(?:ra|nt)? interets?");
    private static final Pattern PAYMENT_CONTEXT = Pattern.compile("paiement|facture|reglement|sommes|payment|invoice|"
            + "montant|echeance|amounts?|sums?|exigib|due|paid|payable|overdue");
    private static final Pattern RECOVERY_AMOUNT = Pattern.compile("(?<![\\d.,])(?<!\\d )(?:40|quarante|forty)\\s*"
            + "(?:,00\\s*)?(?:€|euros?|eur)|(?:€|eur)\\s*40\\b");
    private static final Pattern RECOVERY_WORDS = Pattern.compile("indemnit|compensation|frais|fee|recouvrement|"
            + "recovery");
    private static final Pattern RECOVERY_NAMED = Pattern.compile("indemnite forfaitaire|fixed (?:recovery|"
            + "compensation|indemnity|sum)|flat[- ]rate (?:recovery|indemnity|compensation|fee)|recovery (?:costs?|fee|"
            + "indemnity)|frais de recouvrement|(?:fixed|statutory) (?:indemnity|compensation)");
    /** A flat indemnity is the legal one only if it says so ("indemnité forfaitaire de 1 500 €" is not). */
    private static final Pattern RECOVERY_LEGAL = Pattern.compile("recouvrement|recover|441-5|441-10|"
            + "code de commerce|commercial code");

    /**
     * Wording that rules the late-payment penalties out for the freelancer who would claim them
     * ("aucune pénalité de retard ne pourra être réclamée", "renonce", "waives", "no interest shall be due").
     */
    private static final Pattern WAIVER = Pattern.compile("renonce|waive|"
            + "ne (?:pourra|pourront|peut|peuvent|sera|seront|saurait|sauraient) (?:en aucun cas )?(?:etre )?"
            + "(?:reclame|exige|facture|applique|du\\b|dus\\b|due)|"
            + "ne (?:pourra|peut|saurait) (?:en aucun cas )?(?:reclamer|exiger|facturer|appliquer)|"
            + "(?:may|shall|will|can) not (?:be )?(?:claimed|charged|demanded|invoiced|applied|due|payable|owed)|"
            + "(?:may|shall|will|can) not (?:be entitled to )?(?:claim|charge|demand|invoice|apply|seek)|"
            + "\\bno (?:late(?:[- ]payment)? )?(?:penalt|interest|fee|charge|indemnit|compensation)[^.;]{0,80}?"
            + "(?:may|shall|will|can|is|are) (?:be )?(?:claimed|charged|due|payable|applied|owed)|"
            + "sans (?:aucune? )?(?:penalite|interet|indemnite)|without (?:any )?(?:late(?:[- ]payment)? )?"
            + "(?:penalt|interest)|(?:sont|est) exclue?s?|(?:are|is) excluded");
    /** Late-penalty words about the freelancer's delays (delivery), not the client's payments. */
    private static final Pattern DELIVERY_DELAY = Pattern.compile("livraison|delivery|deliverable|livrable|"
            + "d'execution|recette|acceptance|jalon|milestone");
    /** Penalties waived in the freelancer's favour: "appliquée au Prestataire", "imposed on the contractor". */
    private static final Pattern AGAINST_PROVIDER = Pattern.compile("(?:appliqu|impos|inflig|opposabl)\\w* "
            + "(?:au|a l'encontre du|a la charge du)|dues? par le|(?:applied|imposed|charged) (?:to|on|against)|"
            + "owed by the|payable by the (?:contractor|provider|consultant|supplier|freelancer)");
    private static final Pattern LATE_TERM = Pattern.compile("penalites? de retard|late (?:payment )?penalt|"
            + "late[- ]payment|indemnite forfaitaire|recovery (?:costs?|fee|indemnity)|frais de recouvrement");

    // --- deposit and size -------------------------------------------------------------------------
    private static final Pattern DEPOSIT = Pattern.compile("acompte|\\bavances?\\b|deposit|down[- ]payment|"
            + "advance payment|upfront|up-front|prepayment|pre-payment|provision (?:sur|de|d')|"
            + "a la commande|a la signature .{0,60}%|on signature .{0,60}%|upon signature .{0,60}%|"
            + "\\d ?% [^.;]{0,50}(?:on|upon|at|a la|des la) (?:signature|signing|commande|order)|"
            + "retainer|(?:paid|payable|invoiced|billed|due) (?:\\w+ )?in advance");
    private static final Pattern NO_DEPOSIT = Pattern.compile("aucun (?:acompte|avance)|pas d'(?:acompte|avance)|"
            + "sans (?:aucun )?(?:acompte|avance)|no (?:deposit|advance|down[- ]payment|upfront)|without (?:any )?"
            + "(?:deposit|advance|down[- ]payment)|not (?:be )?(?:entitled to|pay) (?:any )?(?:deposit|advance)|"
            + "ne (?:donnera|versera|sera verse) .{0,30}(?:acompte|avance)|n'est prevu|nor any advance");
    // a number starts where a run of digits starts ((?<!\\d)), else a long run of digits is tried from each of them
    private static final Pattern AMOUNT = Pattern.compile("(?:(?:€|eur|euros)\\s*(\\d{1,3}(?:[ .,\u00a0\u202f]\\d{3})+|"
            + "\\d+)(?:[.,]\\d{1,2})?)|(?:(?<!\\d)(\\d{1,3}(?:[ .,\u00a0\u202f]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?\\s*(?:k\\s*)?"
            + "(?:€|eur\\b|euros?))");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern PER_DAY = Pattern.compile("par jour|/ ?jour|journalier|tjm|per day|daily|/ ?day|"
            + "per diem|day rate|par heure|per hour|hourly|/ ?h\\b|par mois|per month|mensuel|monthly");
    private static final Pattern NOT_PRICE = Pattern.compile("assurance|insurance|penalit|penalt|responsab|liab|"
            + "capital|plafon|cap\\b|dommages|damages|indemnit|amende|fine|garantie|coverage|sinistre");
    private static final Pattern DAYS_OF_WORK = Pattern.compile("(\\d{1,4})\\s*(?:jours?|j)\\s*(?:ouvres|ouvrables|"
            + "de prestation|de travail|travailles|homme)|(\\d{1,4})\\s*(?:man-days|working days|days of (?:work|"
            + "services)|billable days|person-days)");
    /** "up to a maximum of 30 days", "volume prévisionnel de 110 jours": read in sentences about the rate. */
    private static final Pattern ESTIMATED_DAYS = Pattern.compile("(?:maximum|up to|volume|estim|previsionnel|"
            + "prevu|total)[^.;\\d]{0,30}?(\\d{1,4}) ?(?:days|jours)\\b");
    private static final Pattern RATE_CONTEXT = Pattern.compile("par jour|/ ?jour|journalier|tjm|per day|daily|"
            + "/ ?day|day rate|volume|honoraires|fees?\\b|tarif|remuner");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s*(janvier|fevrier|mars|avril|mai|juin|"
            + "juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\s*(\\d{4})|(january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})|"
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final List<String> MONTHS_FR = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");
    private static final List<String> MONTHS_EN = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern MISSION_LENGTH = Pattern.compile("duree|pour une periode|period|term\\b|duration|"
            + "mission|prestation|engagement|contrat|agreement|du |from |starting|commencing|debut|start|"
            + "renouvel|renew");

    // --- liability and penalties ------------------------------------------------------------------
    private static final Pattern LIABILITY = Pattern.compile("responsab|responsib|liab|indemnif|indemnis|garantir|"
            + "garantit|dommages?|damages|prejudice|losses|loss|harmless|reparer|repair");
    /** Whose liability a sentence limits: "la responsabilité du Prestataire", "Company's total liability". */
    private static final Pattern LIABILITY_HOLDER = Pattern.compile("responsabilite (?:totale |globale |cumulee |"
            + "maximale )?(?:du |de la |de l'|de |d')([a-z-]+)|([a-z-]+)'s (?:total |aggregate |maximum |entire |"
            + "cumulative )?liability|in no event (?:shall|will) (?:the )?([a-z-]+)|([a-z-]+) (?:shall|will) not be "
            + "liable|\\b(our|your|my|their) (?:total |aggregate |maximum |entire |cumulative )?liability");
    /** Penalties passed on in an indemnity ("garantit le Client ... y compris les pénalités") are about liability. */
    private static final Pattern INDEMNITY_UNDERTAKING = Pattern.compile("garantit|garantir|garantira|indemnif|"
            + "indemnis|hold harmless|rembourse|reimburse");
    private static final Pattern UNLIMITED = Pattern.compile("illimitee|sans (?:aucune )?(?:limitation|limite|"
            + "plafond)|n'est (?:pas )?(?:limitee|plafonnee)|ne (?:sera|saurait etre) (?:pas )?(?:limitee|plafonnee)|"
            + "unlimited|without (?:any )?(?:limit|limitation|cap)\\b|uncapped|(?:shall|will) not be (?:limited|capped)|"
            + "no (?:limit|cap) (?:on|to)|not (?:be )?subject to any (?:limit|cap)|l'integralite (?:des|du) "
            + "(?:prejudices?|dommages)|tous (?:les )?(?:dommages|prejudices),? (?:directs? (?:et|ou) indirects?|"
            + "quels qu'ils soient|de quelque nature)|(?:all|any and all) (?:direct and indirect |direct or indirect )?"
            + "(?:losses|damages|claims|costs)|direct (?:and|or) indirect (?:damages|losses)|"
            + "indirects?,? (?:et|ou) (?:consecutifs|immateriels)|indirect(?:,)? (?:and|or) consequential|"
            + "quel qu'en soit le montant|whatever the amount|regardless of (?:the )?amount|de quelque nature que ce soit|"
            + "whatsoever");
    private static final Pattern BOILERPLATE = Pattern.compile("including,? (?:but )?(?:without limitation|not limited)|"
            + "y compris,? (?:mais )?(?:sans (?:que cette liste soit )?limitati|non limitativement)|"
            + "sans que cette (?:liste|enumeration) soit limitative");
    private static final Pattern CAP = Pattern.compile("plafonn|limitee? (?:a|au|aux)|limited to|shall not exceed|"
            + "will not exceed|ne (?:pourra|saurait|peut) (?:en aucun cas )?exceder|capped|cap of|cap equal|"
            + "maximum (?:de|of)|dans la limite|in no event .{0,80}exceed|n'excedera|not exceed|exclu(?:e|s|es)? "
            + "(?:les|toute)|exclut|excluding|shall not be liable for (?:any )?indirect|ne (?:saurait|pourra) etre "
            + "tenu(?:e)? (?:pour )?responsable des dommages indirects|in no event shall .{0,60}be liable");
    private static final Pattern PENALTY = Pattern.compile("penalit|liquidated damages|penalty|penalties|retenue|"
            + "service credits?|credits? de service|avoirs? de service");
    /** Late-payment interest is owed by the client, not an execution penalty on the freelancer. */
    private static final Pattern LATE_PAYMENT_CHARGE = Pattern.compile("retard de paiement|paiement tardif|"
            + "late payment|overdue|interet|interest|impaye|unpaid|sommes dues|amounts due");
    private static final Pattern RECIPROCAL_PENALTY = Pattern.compile("reciproque|reciprocally|reciprocal|"
            + "mutatis mutandis|de meme,? le client|likewise,? the client|the client shall (?:also )?pay .{0,60}"
            + "(?:penalt|compensation|indemnit)|le client (?:sera|est) (?:egalement )?redevable|the client (?:shall|"
            + "will) (?:owe|be liable to pay)|indemnite (?:de|pour) (?:report|annulation|decommande)|cancellation fee|"
            + "frais d'annulation|each party|chaque partie|either party|chacune des parties|a la charge du client|"
            + "payable by the client|owed by the client|dues? par le client");

    /** A reciprocal "penalty" about payments or invoices is late-payment interest, not an execution penalty. */
    private static final Pattern PAYMENT_OR_INVOICE = Pattern.compile("paiement|facture|invoice|payment");

    // --- changes and exclusivity ------------------------------------------------------------------
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
    private static final Pattern EXCLUSIVE = Pattern.compile("exclusivite|exclusivement|a titre exclusif|exclusive|"
            + "exclusively|sole(?:ly)? (?:for|to) the (?:client|customer|company)|(?:ne|n') ?(?:pourra|peut|doit|"
            + "devra|s'autorise|s'interdit).{0,60}(?:autres? clients?|tiers|pour le compte d'autres|d'autres "
            + "(?:societes|entreprises|clients|donneurs))|s'interdit .{0,80}(?:(?:d')?autres? (?:clients?|missions?|"
            + "donneurs?|societes|entreprises|activites?|prestations|contrats)|toute autre|tiers)|shall not (?:work|"
            + "provide services|perform services|accept (?:any )?(?:other )?(?:engagements?|assignments?|missions?)|"
            + "take on) .{0,40}(?:other|third)|may not (?:work|provide services) for (?:any )?(?:other|third)|"
            + "devote (?:all|his|her|its|their) (?:working )?(?:time|activity)|full[- ]time and exclusive|"
            + "consacre(?:r|ra)? (?:l'integralite|la totalite|tout) de son (?:temps|activite)|"
            + "no other (?:client|customer)|(?:shall|may|must|will) not[^.;]{0,60}any other (?:business|engagement|"
            + "employment|occupation|clients?|assignments?|activit)|n'exercer aucune autre activite|"
            + "n'exercera aucune autre activite");
    private static final Pattern NOT_EXCLUSIVE = Pattern.compile("non[- ]?exclusi|sans exclusivite|aucune "
            + "exclusivite|no exclusivity|not exclusive|libre d(?:e|') ?(?:travailler|exercer|conclure|accepter|"
            + "intervenir)|free to (?:work|provide|accept|enter|perform|undertake)|n'est (?:soumis|tenu) a aucune "
            + "exclusivite|rien n'interdit|nothing (?:in this agreement )?(?:shall )?(?:prevent|restrict)|"
            + "not (?:be )?(?:bound|required) to work exclusively|propriete exclusive|exclusive property|"
            + "competence exclusive|exclusive jurisdiction|exclusively competent|seuls competents|"
            + "droit exclusif|exclusive right|exclusive licen|licence exclusive|exclusivement competent|exclusive "
            + "(?:ownership|owner)|exclusive use|usage exclusif|exclusivement (?:reserve|destine|pour les besoins|"
            + "dans le cadre|a l'usage)|used exclusively|solely for the purpose|exclusively for the purpose|"
            + "exclusive of (?:vat|tax|taxes|value added)");
    private static final Pattern WORK_CONTEXT = Pattern.compile("travaill|prestation|services|mission|intervenir|"
            + "activite|work|engage|clients?|customers?|tiers|third|concurrent|competitor|donneur|assignment|temps|"
            + "time");

    // --- cheap word tests run before the costly patterns they guard (every alternative of the pattern
    // contains one of these words, so a sentence without any of them cannot match) ----------------
    private static final String[] LATE_PENALTY_WORDS = {"penal", "pénal", "interet", "interest", "taux", "refinanc",
        "late"};
    private static final String[] DEPOSIT_WORDS = {"acompte", "avance", "deposit", "down", "advance", "upfront",
        "up-front", "prepay", "pre-pay", "provision", "commande", "signature", "signing", "order", "retainer"};
    private static final String[] UNILATERAL_PARTY_WORDS = {"client", "societe", "agence", "company", "customer",
        "agency"};
    private static final String[] UNILATERAL_VERB_WORDS = {"reserve", "pourra", "peut", "may", "entitled", "can",
        "libre", "free"};
    private static final String[] UNILATERAL_OTHER_WORDS = {"unilateral", "sans l'accord", "sans le consentement",
        "sans accord", "sans consultation", "without", "discretion", "initiative"};
    private static final String[] EXCLUSIVE_WORDS = {"exclusi", "sole", "autre", "tiers", "other", "third", "devote",
        "full", "consacre"};

    // --- defined party names: ("Gignest", "we", "us") ... ("you" or the "Freelancer") ------------------
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,160})\\)");
    private static final Pattern QUOTED = Pattern.compile("\"\\s*([^\"]{1,40}?)\\s*\"");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the |le |la |l')");

    private final ContractText text;
    private final List<Clause> clauses;
    /** Names the contract gives the freelancer or the client beyond the usual role words, or null. */
    private final Pattern providerAlias;
    private final Pattern clientAlias;
    private final Pattern clientAliasChange;
    private final List<Finding> findings = new ArrayList<>();
    private final FindingTexts texts;
    private final Map<Clause, List<Sentence>> sentencesByClause = new HashMap<>();
    private final List<String> headings;

    private UnbalancedClauseRules(ContractText text, List<Clause> clauses, FindingTexts texts) {
        this.text = text;
        this.clauses = clauses;
        this.texts = texts;
        this.headings = ClauseClassifier.effectiveHeadings(clauses).stream().map(ContractText::fold).toList();
        List<String> providerNames = new ArrayList<>();
        List<String> clientNames = new ArrayList<>();
        definedNames(text.folded(), providerNames, clientNames);
        this.providerAlias = words(providerNames);
        this.clientAlias = words(clientNames);
        this.clientAliasChange = clientAlias == null ? null
                : Pattern.compile(clientAlias.pattern() + MAY + "\\b[^.;]{0,80}?\\b" + CHANGE_VERB);
    }

    /**
     * Reads the names defined in parentheses: a group with a role word ("Freelancer", "Client") names
     * that party; a group with "we" / "us" names the party that wrote the terms (a platform or agency
     * hiring the freelancer), so the client side.
     */
    static void definedNames(String folded, List<String> providerNames, List<String> clientNames) {
        Matcher parenthesis = PARENTHESIS.matcher(folded);
        while (parenthesis.find()) {
            List<String> names = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(parenthesis.group(1));
            while (quoted.find()) {
                String name = ARTICLE.matcher(quoted.group(1).strip()).replaceFirst("");
                if (!name.isEmpty() && !name.startsWith("part")) {
                    names.add(name);
                }
            }
            boolean provider = names.stream().anyMatch(n -> PROVIDER.matcher(n).matches());
            boolean client = names.stream().anyMatch(n -> CLIENT.matcher(n).matches() || n.equals("societe")
                    || n.equals("agence") || n.equals("we") || n.equals("us") || n.equals("nous"));
            if (provider != client) {
                List<String> target = provider ? providerNames : clientNames;
                target.addAll(names);
                if (names.contains("you") || names.contains("vous")) {
                    target.addAll(List.of("you", "your", "vous", "votre"));
                }
                if (names.contains("we") || names.contains("us") || names.contains("nous")) {
                    target.addAll(List.of("we", "us", "our", "nous", "notre"));
                }
            }
        }
    }

    private static Pattern words(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return Pattern.compile("\\b(?:" + String.join("|", names.stream().distinct().map(Pattern::quote).toList())
                + ")\\b");
    }

    static List<Finding> apply(ContractText text, List<Clause> clauses, FindingTexts texts) {
        UnbalancedClauseRules rules = new UnbalancedClauseRules(text, clauses, texts);
        rules.nonCompete();
        rules.confidentiality();
        rules.mediation();
        rules.termination();
        rules.intellectualProperty();
        rules.payment();
        rules.latePayment();
        rules.deposit();
        rules.liability();
        rules.penalties();
        rules.unilateralChange();
        rules.exclusivity();
        return rules.findings;
    }

    // --- families ----------------------------------------------------------------------------------

    private void nonCompete() {
        List<Located> all = allSentences();
        List<Located> zone = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Located s = all.get(i);
            String f = s.folded();
            boolean staffOnly = STAFF_ONLY.matcher(f).find()
                    && !CLIENTS_WORD.matcher(STAFF_PHRASE.matcher(f).replaceAll(" ")).find();
            if (staffOnly || isHeadingLine(s)) {
                continue;
            }
            boolean inClause = headingHas(s.clause(), "non-concurrence", "non concurrence", "non-compete",
                    "non compete", "non-sollicitation", "non-solicitation", "non solicitation", "restrictive covenant",
                    "concurrence", "competition", "restriction");
            boolean trigger = NON_COMPETE.matcher(f).find() && POST_TERM.matcher(f).find()
                    && !CONFIDENTIAL.matcher(f).find();
            if (inClause || trigger) {
                if (!zone.contains(s)) {
                    zone.add(s);
                }
                if (trigger && i + 1 < all.size() && all.get(i + 1).clause() == s.clause()
                        && !zone.contains(all.get(i + 1))) {
                    zone.add(all.get(i + 1));
                }
            }
        }
        zone.removeIf(s -> !NON_COMPETE.matcher(s.folded()).find() && !COMPENSATION.matcher(s.folded()).find()
                && !NO_COMPENSATION.matcher(s.folded()).find() && Durations.find(s.folded()).isEmpty()
                && !WIDE.matcher(s.folded()).find() && !GROUP.matcher(s.folded()).find());
        if (zone.stream().noneMatch(s -> NON_COMPETE.matcher(s.folded()).find())) {
            return;
        }
        Located longest = null;
        int longestDays = 0;
        for (Located s : zone) {
            for (Duration d : Durations.find(s.folded())) {
                if (d.days() > longestDays) {
                    longestDays = d.days();
                    longest = s;
                }
            }
        }
        if (longest != null && longestDays > 366) {
            add(FindingType.NON_COMPETE_TOO_LONG, longest);
        }
        firstMatching(zone, s -> WIDE.matcher(s.folded()).find())
                .ifPresent(s -> add(FindingType.NON_COMPETE_TOO_WIDE, s));
        firstMatching(zone, s -> GROUP.matcher(s.folded()).find())
                .ifPresent(s -> add(FindingType.NON_COMPETE_GROUP_WIDE, s));
        boolean explicitlyUnpaid = zone.stream().anyMatch(s -> NO_COMPENSATION.matcher(s.folded()).find());
        boolean compensated = zone.stream().anyMatch(s -> COMPENSATION.matcher(s.folded()).find()
                && !NO_COMPENSATION.matcher(s.folded()).find());
        if (explicitlyUnpaid || !compensated) {
            Located quote = firstMatching(zone, s -> NO_COMPENSATION.matcher(s.folded()).find()).orElse(zone.getFirst());
            add(FindingType.NON_COMPETE_NO_COMPENSATION, quote);
        }
    }

    private void confidentiality() {
        List<Located> zone = zone(ClauseCategory.CONFIDENTIALITY, CONFIDENTIAL);
        if (zone.isEmpty()) {
            return;
        }
        boolean mutual = zone.stream().anyMatch(s -> MUTUAL.matcher(s.folded()).find());
        if (!mutual) {
            firstMatching(zone, s -> PROVIDER.matcher(s.folded()).find() && CONFIDENTIAL.matcher(s.folded()).find())
                    .or(() -> firstMatching(zone, s -> PROVIDER.matcher(s.folded()).find()))
                    .ifPresent(s -> add(FindingType.CONFIDENTIALITY_ONE_SIDED, s));
        }
    }

    private void mediation() {
        if (!MEDIATION.matcher(oneLine(text.folded())).find()) {
            addMissing(FindingType.NO_MEDIATION);
        }
    }

    private void termination() {
        List<Located> zone = zone(ClauseCategory.TERMINATION_NOTICE, TERMINATION);
        if (zone.isEmpty()) {
            return;
        }
        boolean clientConvenience = false;
        boolean providerConvenience = false;
        Located clientQuote = null;
        Map<String, Integer> noticeByParty = new HashMap<>();
        Located shortest = null;
        int shortestDays = Integer.MAX_VALUE;
        Located asymmetricQuote = null;
        for (Located s : zone) {
            String f = s.folded();
            String party = party(f);
            boolean withoutFault = TERMINATION.matcher(f).find() && !BREACH.matcher(f).find();
            if (withoutFault && (CONVENIENCE.matcher(f).find() || NOTICE.matcher(f).find()
                    || NO_NOTICE.matcher(f).find())) {
                if ("either".equals(party)) {
                    clientConvenience = true;
                    providerConvenience = true;
                } else if ("provider".equals(party)) {
                    providerConvenience = true;
                } else if ("client".equals(party)) {
                    clientConvenience = true;
                    if (clientQuote == null) {
                        clientQuote = s;
                    }
                }
            }
            if (BREACH.matcher(f).find() || !(NOTICE.matcher(f).find() || NO_NOTICE.matcher(f).find())) {
                continue;
            }
            int days = Integer.MAX_VALUE;
            if (NO_NOTICE.matcher(f).find() && TERMINATION.matcher(f).find()) {
                days = 0;
            }
            for (Duration d : Durations.find(f)) {
                days = Math.min(days, d.days());
            }
            if (days == Integer.MAX_VALUE) {
                continue;
            }
            if (days < 28 && days < shortestDays) {
                shortestDays = days;
                shortest = s;
            }
            if (party != null && !"either".equals(party)) {
                Integer other = noticeByParty.get("client".equals(party) ? "provider" : "client");
                if (other != null && other != days && asymmetricQuote == null) {
                    asymmetricQuote = s;
                }
                noticeByParty.putIfAbsent(party, days);
            }
        }
        if (clientConvenience && !providerConvenience) {
            add(FindingType.TERMINATION_CLIENT_ONLY, clientQuote);
        }
        if (shortest != null) {
            add(FindingType.NOTICE_TOO_SHORT, shortest);
        }
        if (asymmetricQuote != null) {
            add(FindingType.NOTICE_ASYMMETRIC, asymmetricQuote);
        }
    }

    private void intellectualProperty() {
        List<Located> zone = zone(ClauseCategory.INTELLECTUAL_PROPERTY, IP_TRIGGER);
        if (zone.isEmpty()) {
            return;
        }
        boolean conditioned = zone.stream().anyMatch(s -> PAYMENT_CONDITION.matcher(s.folded()).find());
        if (!conditioned) {
            firstMatching(zone, s -> EARLY_TRANSFER.matcher(s.folded()).find())
                    .ifPresent(s -> add(FindingType.IP_BEFORE_PAYMENT, s));
        }
        firstMatching(zone, s -> PREEXISTING.matcher(s.folded()).find() && ASSIGNMENT.matcher(s.folded()).find()
                && !PREEXISTING_EXCLUDED.matcher(s.folded()).find())
                .ifPresent(s -> add(FindingType.IP_PREEXISTING_TOOLS, s));
    }

    /**
     * Payment later than the legal maximum. A clause headed "payment" may hold other sentences (its
     * duration, its renewal): the quote is the sentence that states the late payment, preferably one
     * that names payment, never one about the contract's own term when a better one exists.
     */
    private void payment() {
        Located[] lateByRank = new Located[3];
        for (Located s : allSentences()) {
            String f = s.folded();
            boolean paymentHeading = s.clause().categories().contains(ClauseCategory.PAYMENT_TERMS)
                    && PAYMENT_HEADING.matcher(heading(s.clause())).find();
            boolean namesPayment = PAYMENT.matcher(f).find();
            if (!namesPayment && !paymentHeading) {
                continue;
            }
            if (!NOT_PAYMENT_DELAY.matcher(f).find() && !RIGHTS_TRANSFER.matcher(f).find()
                    && Durations.find(f).stream().anyMatch(d -> d.days() > 60 || d.endOfMonth() && d.days() > 45)) {
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
                    addOnce(FindingType.PAY_WHEN_PAID, s);
                }
            }
        }
        Arrays.stream(lateByRank).filter(Objects::nonNull).findFirst()
                .ifPresent(s -> add(FindingType.PAYMENT_TOO_LATE, s));
    }

    /** A sentence waiving the late-payment penalties or the recovery indemnity to the freelancer's detriment. */
    private static boolean isWaiver(String folded) {
        return (LATE_TERM.matcher(folded).find() || LATE_PENALTY.matcher(folded).find())
                && WAIVER.matcher(folded).find() && !DELIVERY_DELAY.matcher(folded).find()
                && !AGAINST_PROVIDER.matcher(folded).find();
    }

    /**
     * Penalties and indemnity: missing, or present but waived (its own finding, never "missing" as
     * well: a waiving clause is there, and the law makes both due anyway).
     */
    private void latePayment() {
        Optional<Located> waiver = firstMatching(allSentences(), s -> isWaiver(s.folded()));
        waiver.ifPresent(s -> add(FindingType.LATE_PENALTIES_WAIVED, s));
        boolean waivedIndemnity = waiver.filter(s -> RECOVERY_WORDS.matcher(s.folded()).find()
                || RECOVERY_AMOUNT.matcher(s.folded()).find()).isPresent();
        boolean penalties = waiver.isPresent() || allSentences().stream().anyMatch(s -> mayContain(s.folded(),
                LATE_PENALTY_WORDS)
                && LATE_PENALTY.matcher(s.folded()).find()
                && PAYMENT_CONTEXT.matcher(s.folded()).find()
                && !(s.folded().contains("livraison") || s.folded().contains("delivery")) || s.folded().contains(
                        "penalites de retard") && s.clause().categories().contains(ClauseCategory.PAYMENT_TERMS));
        if (!penalties) {
            addMissing(FindingType.NO_LATE_PENALTIES);
        }
        boolean indemnity = allSentences().stream().anyMatch(s -> {
            String f = s.folded();
            return RECOVERY_AMOUNT.matcher(f).find() && RECOVERY_WORDS.matcher(f).find()
                    || RECOVERY_NAMED.matcher(f).find() && RECOVERY_LEGAL.matcher(f).find();
        });
        if (!indemnity && !waivedIndemnity) {
            addMissing(FindingType.NO_RECOVERY_INDEMNITY);
        }
    }

    private void deposit() {
        boolean deposit = allSentences().stream().anyMatch(s -> mayContain(s.folded(), DEPOSIT_WORDS)
                && DEPOSIT.matcher(s.folded()).find()
                && !NO_DEPOSIT.matcher(s.folded()).find()
                && !s.folded().contains("en avance de phase") && !s.folded().contains("advance notice")
                && !s.folded().contains("in advance of"));
        if (deposit) {
            return;
        }
        if (missionMonths() > 3.05 || totalAmount().compareTo(BigDecimal.valueOf(20_000)) > 0) {
            addMissing(FindingType.NO_DEPOSIT_LONG_MISSION);
        }
    }

    private void liability() {
        List<Located> zone = zone(ClauseCategory.LIABILITY_INSURANCE, LIABILITY);
        boolean capped = zone.stream().anyMatch(s -> CAP.matcher(s.folded()).find()
                && !"client".equals(liabilityHolder(s.folded())));
        if (capped) {
            return;
        }
        firstMatching(zone, s -> {
            String f = BOILERPLATE.matcher(s.folded()).replaceAll(" ");
            return UNLIMITED.matcher(f).find() && LIABILITY.matcher(f).find();
        }).ifPresent(s -> add(FindingType.UNLIMITED_LIABILITY, s));
    }

    private void penalties() {
        List<Located> providerPenalties = allSentences().stream().filter(s -> {
            String f = s.folded();
            return PENALTY.matcher(f).find() && PROVIDER.matcher(f).find() && !LATE_PAYMENT_CHARGE.matcher(f).find()
                    && !INDEMNITY_UNDERTAKING.matcher(f).find() && !isWaiver(f);
        }).toList();
        if (providerPenalties.isEmpty()) {
            return;
        }
        boolean reciprocal = allSentences().stream().anyMatch(s -> PENALTY.matcher(s.folded()).find()
                && RECIPROCAL_PENALTY.matcher(s.folded()).find()
                && !PAYMENT_OR_INVOICE.matcher(s.folded()).find());
        if (!reciprocal) {
            add(FindingType.PENALTIES_ONE_WAY, providerPenalties.getFirst());
        }
    }

    private void unilateralChange() {
        firstMatching(allSentences(), s -> {
            String f = s.folded();
            boolean candidate = mayContain(f, UNILATERAL_PARTY_WORDS) && mayContain(f, UNILATERAL_VERB_WORDS)
                    || mayContain(f, UNILATERAL_OTHER_WORDS);
            boolean unilateral = candidate && UNILATERAL.matcher(f).find()
                    || clientAliasChange != null && mayContain(f, UNILATERAL_VERB_WORDS)
                            && clientAliasChange.matcher(f).find();
            return unilateral && CHANGE_OBJECT.matcher(f).find()
                    && !AGREED_CHANGE.matcher(f).find()
                    && !TERMINATION.matcher(f).find();
        }).ifPresent(s -> add(FindingType.UNILATERAL_CHANGE, s));
    }

    private void exclusivity() {
        firstMatching(allSentences(), s -> {
            String f = s.folded();
            if (!mayContain(f, EXCLUSIVE_WORDS) || !EXCLUSIVE.matcher(f).find()) {
                return false;
            }
            boolean staffOnly = STAFF_ONLY.matcher(f).find()
                    && !CLIENTS_WORD.matcher(STAFF_PHRASE.matcher(f).replaceAll(" ")).find();
            return WORK_CONTEXT.matcher(f).find() && !NOT_EXCLUSIVE.matcher(f).find() && !staffOnly
                    && !POST_TERM.matcher(f).find()
                    && !(f.contains("non-concurrence") || f.contains("non-compete") || f.contains("non concurrence"));
        }).ifPresent(s -> add(FindingType.EXCLUSIVITY, s));
    }

    // --- mission size -------------------------------------------------------------------------------

    private double missionMonths() {
        double months = 0;
        for (Located s : allSentences()) {
            String f = s.folded();
            boolean durationContext = s.clause().categories().contains(ClauseCategory.DURATION_DEADLINES)
                    || MISSION_LENGTH.matcher(f).find();
            if (!durationContext || NON_COMPETE.matcher(f).find() || NOTICE.matcher(f).find()
                    || PAYMENT.matcher(f).find() || CONFIDENTIAL.matcher(f).find() || LIABILITY.matcher(f).find()
                    || f.contains("garantie") || f.contains("warranty") || f.contains("prescription")) {
                continue;
            }
            for (Duration d : Durations.find(f)) {
                if (d.days() >= 28 && d.days() <= 3 * 365) {
                    months = Math.max(months, d.days() / 30.0);
                }
            }
            List<LocalDate> dates = dates(f);
            if (dates.size() >= 2) {
                long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(1));
                if (days > 0 && days < 3 * 365) {
                    months = Math.max(months, days / 30.4);
                }
            }
            Matcher work = DAYS_OF_WORK.matcher(f);
            while (work.find()) {
                int count = Integer.parseInt(work.group(1) != null ? work.group(1) : work.group(2));
                if (count < 1000) {
                    months = Math.max(months, count / 20.0);
                }
            }
        }
        return months;
    }

    private BigDecimal totalAmount() {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal dailyRate = BigDecimal.ZERO;
        int workDays = 0;
        for (Located s : allSentences()) {
            String f = s.folded();
            if (NOT_PRICE.matcher(f).find()) {
                continue;
            }
            Matcher amount = AMOUNT.matcher(f);
            while (amount.find()) {
                String digits = NOT_DIGIT.matcher(amount.group(1) != null ? amount.group(1) : amount.group(2)).replaceAll("");
                if (digits.isEmpty() || digits.length() > 9) {
                    continue;
                }
                BigDecimal value = new BigDecimal(digits);
                if (amount.group().contains("k")) {
                    value = value.multiply(BigDecimal.valueOf(1000));
                }
                String around = f.substring(amount.end(), Math.min(f.length(), amount.end() + 30));
                String before = f.substring(Math.max(0, amount.start() - 40), amount.start());
                if (PER_DAY.matcher(around).find() || PER_DAY.matcher(before).find()) {
                    dailyRate = dailyRate.max(value);
                } else {
                    total = total.max(value);
                }
            }
            Matcher work = DAYS_OF_WORK.matcher(f);
            while (work.find()) {
                workDays = Math.max(workDays, Integer.parseInt(work.group(1) != null ? work.group(1) : work.group(2)));
            }
            if (RATE_CONTEXT.matcher(f).find()) {
                Matcher estimated = ESTIMATED_DAYS.matcher(f);
                while (estimated.find()) {
                    workDays = Math.max(workDays, Integer.parseInt(estimated.group(1)));
                }
            }
        }
        return total.max(dailyRate.multiply(BigDecimal.valueOf(workDays)));
    }

    private static List<LocalDate> dates(String folded) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(folded);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
                } else if (m.group(4) != null) {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5))));
                } else {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(8)),
                            Integer.parseInt(m.group(7))));
                }
            } catch (RuntimeException invalidDate) {
                // "31/02/2026" and the like are ignored
            }
        }
        return dates;
    }

    private static int month(String name) {
        int index = MONTHS_FR.indexOf(name);
        return (index >= 0 ? index : MONTHS_EN.indexOf(name)) + 1;
    }

    // --- plumbing -------------------------------------------------------------------------------------

    record Located(Clause clause, Sentence sentence, String folded) {
    }

    private List<Located> allSentencesCache;

    private List<Located> allSentences() {
        if (allSentencesCache == null) {
            List<Located> all = new ArrayList<>();
            for (Clause clause : clauses) {
                for (Sentence sentence : sentencesByClause.computeIfAbsent(clause,
                        c -> text.sentences(c.start(), c.end()))) {
                    all.add(new Located(clause, sentence, oneLine(text.folded(sentence.start(), sentence.end()))));
                }
            }
            allSentencesCache = all;
        }
        return allSentencesCache;
    }

    /** Sentences of the clauses of this category (by heading) and, elsewhere, those matching the trigger. */
    private List<Located> zone(ClauseCategory category, Pattern trigger) {
        List<Located> zone = new ArrayList<>();
        for (Located s : allSentences()) {
            boolean inClause = s.clause().categories().contains(category) && !heading(s.clause()).isEmpty();
            if (inClause || trigger.matcher(s.folded()).find()) {
                zone.add(s);
            }
        }
        return zone;
    }

    /** The folded heading that governs the clause: its own, or its parent's for a sub-clause without one. */
    private String heading(Clause clause) {
        return headings.get(clause.index());
    }

    /** A sentence that is only the heading line of its clause ("ARTICLE 9 – NON-CONCURRENCE"). */
    private boolean isHeadingLine(Located s) {
        Clause clause = s.clause();
        if (clause.heading().isBlank() || s.sentence().start() != clause.start()) {
            return false;
        }
        int lineEnd = text.original().indexOf('\n', clause.start());
        return lineEnd < 0 || s.sentence().end() <= lineEnd;
    }

    private boolean headingHas(Clause clause, String... words) {
        String heading = heading(clause);
        for (String word : words) {
            if (heading.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "client", "provider" or "either": the first party named in the sentence holds the right. */
    private String party(String folded) {
        int e = firstAt(EITHER, folded);
        int p = Math.min(firstAt(PROVIDER, folded), firstAt(providerAlias, folded));
        int c = Math.min(firstAt(CLIENT, folded), firstAt(clientAlias, folded));
        int first = Math.min(e, Math.min(p, c));
        if (first == Integer.MAX_VALUE) {
            return null;
        }
        return first == e ? "either" : first == p ? "provider" : "client";
    }

    /**
     * The folded sentence with every run of white space (line breaks of hard-wrapped text included)
     * turned into one space, so that phrases match whatever the line breaks. Quotes use the sentence
     * offsets, never positions in this string.
     */
    static String oneLine(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static int firstAt(Pattern pattern, String folded) {
        if (pattern == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = pattern.matcher(folded);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /** "client", "provider" or "either": whose liability the sentence is about, or null if it does not say. */
    private String liabilityHolder(String folded) {
        if (EITHER.matcher(folded).find() || folded.contains("neither party") || folded.contains("des parties")) {
            return "either";
        }
        Matcher m = LIABILITY_HOLDER.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String who = null;
        for (int group = 1; who == null && group <= m.groupCount(); group++) {
            who = m.group(group);
        }
        if (PROVIDER.matcher(who).matches() || providerAlias != null && providerAlias.matcher(who).matches()) {
            return "provider";
        }
        return CLIENT.matcher(who).matches() || who.equals("societe") || who.equals("agence")
                || clientAlias != null && clientAlias.matcher(who).matches() ? "client" : null;
    }

    private static boolean mayContain(String folded, String[] words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Located> firstMatching(List<Located> sentences, Predicate<Located> test) {
        return sentences.stream().filter(test).findFirst();
    }

    private void addOnce(FindingType type, Located where) {
        if (findings.stream().noneMatch(f -> f.type() == type)) {
            add(type, where);
        }
    }

    private void add(FindingType type, Located where) {
        if (where == null) {
            addMissing(type);
            return;
        }
        int start = where.sentence().start();
        int end = where.sentence().end();
        findings.add(new Finding(type, type.severity(), type.category(), where.clause().index(), start, end,
                text.original(start, end), texts.explanation(type, ContractLanguage.FR),
                texts.explanation(type, ContractLanguage.EN), texts.rewrite(type, ContractLanguage.FR),
                texts.rewrite(type, ContractLanguage.EN)));
    }

    private void addMissing(FindingType type) {
        findings.add(new Finding(type, type.severity(), type.category(), -1, -1, -1, "",
                texts.explanation(type, ContractLanguage.FR), texts.explanation(type, ContractLanguage.EN),
                texts.rewrite(type, ContractLanguage.FR), texts.rewrite(type, ContractLanguage.EN)));
    }
}
