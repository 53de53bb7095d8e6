package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is who in one contract: the usual role words for the freelancer and the client, and the names
 * the contract defines for them in parentheses: ("Gignest", "we", "us") ... ("you" or the "Freelancer").
 */
final class PartyNames {

    static final Pattern PROVIDER = Pattern.compile("\\b(?:le |la |du |au |the )?(?:prestataire|consultante?|"
            + "freelance|freelancer|titulaire|intervenant|sous-traitant|contractor|sub-?contractor|provider|supplier|"
            + "service provider|independant|developer|developpeu(?:r|se)|designer|auditor|auditeur|auditrice|"
            + "formateur|formatrice|expert)\\b");
    static final Pattern EITHER = Pattern.compile("chacune des parties|chaque partie|l'une ou l'autre|"
            + "l'une des parties|les deux parties|either party|each party|any party|both parties|one party|"
            + "either of the parties|each of the parties|les parties (?:pourront|peuvent)|the parties may");
    static final Pattern CLIENT = Pattern.compile("\\b(?:le client|la societe|l'agence|le donneur d'ordre|"
            + "l'entreprise cliente|the client|the customer|the company|the agency|the principal|client|company|"
            + "customer|agency)\\b");

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,160})\\)");
    private static final Pattern QUOTED = Pattern.compile("\"\\s*([^\"]{1,40}?)\\s*\"");
    private static final Pattern ARTICLE = Pattern.compile("^(?:the |le |la |l')");

    /** Names the contract gives the freelancer or the client beyond the usual role words, or null. */
    private final Pattern providerAlias;
    private final Pattern clientAlias;

    PartyNames(String folded) {
        List<String> providerNames = new ArrayList<>();
        List<String> clientNames = new ArrayList<>();
        definedNames(folded, providerNames, clientNames);
        this.providerAlias = words(providerNames);
        this.clientAlias = words(clientNames);
    }

    /** The names this contract defines for the client ("we", a platform's name), or null if it defines none. */
    Pattern clientAlias() {
        return clientAlias;
    }

    /** The first party named in the sentence, the one that holds the right; null if it names none. */
    Party firstNamed(String folded) {
        int e = firstAt(EITHER, folded);
        int p = Math.min(firstAt(PROVIDER, folded), firstAt(providerAlias, folded));
        int c = Math.min(firstAt(CLIENT, folded), firstAt(clientAlias, folded));
        int first = Math.min(e, Math.min(p, c));
        if (first == Integer.MAX_VALUE) {
            return null;
        }
        return first == e ? Party.EITHER : first == p ? Party.PROVIDER : Party.CLIENT;
    }

    /** The party a single folded word stands for ("prestataire", "societe", a defined name), or null. */
    Party namedBy(String word) {
        if (PROVIDER.matcher(word).matches() || providerAlias != null && providerAlias.matcher(word).matches()) {
            return Party.PROVIDER;
        }
        return CLIENT.matcher(word).matches() || word.equals("societe") || word.equals("agence")
                || clientAlias != null && clientAlias.matcher(word).matches() ? Party.CLIENT : null;
    }

    /**
     * Reads the names defined in parentheses: a group with a role word ("Freelancer", "Client") names
     * that party; a group with "we" / "us" names the party that wrote the terms (a platform or agency
     * hiring the freelancer), so the client side.
     */
    private static void definedNames(String folded, List<String> providerNames, List<String> clientNames) {
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

    /** The names as one pattern of whole words, compiled once per contract; null when there are none. */
    private static Pattern words(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return Pattern.compile("\\b(?:" + String.join("|", names.stream().distinct().map(Pattern::quote).toList())
                + ")\\b");
    }

    private static int firstAt(Pattern pattern, String folded) {
        if (pattern == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = pattern.matcher(folded);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }
}
