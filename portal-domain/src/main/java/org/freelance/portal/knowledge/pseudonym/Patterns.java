package org.freelance.portal.knowledge.pseudonym;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The regular expressions the pseudonymiser recognises identifiers and names with, in one place. */
final class Patterns {

    private Patterns() {
    }

    static final String UPPER = "\\p{Lu}";
    static final String LOWER = "[\\p{Ll}'’]";
    /** A capitalised word, possibly hyphenated: Martin, Jean-Pierre, O'Neil. */
    static final String CAP = UPPER + "(?:['’]" + UPPER + ")?(?:" + LOWER + ")+(?:" + UPPER + "\\p{Ll}+)?(?:-" + UPPER
            + "(?:" + LOWER + ")+)*";
    /** A word in capitals: MARTIN, LE-GOFF. */
    static final String ALLCAPS = UPPER + "{2,}(?:-" + UPPER + "{2,})*";
    static final String PARTICLE = "(?:de|du|des|d'|d’|van|von|der|den|da|di|del|della|dos|ten|ter|la|le|zu|bin|ben|al|el)";
    static final String NAME_WORD = "(?:" + CAP + "|" + ALLCAPS + ")";
    /** Up to three more name words, each possibly after particles: "de La Fontaine", "van der Berg". */
    static final String NAME_TAIL = "(?:[ \\t]+(?:" + PARTICLE + "[ \\t]*)*" + NAME_WORD + "){1,3}";

    static final Pattern EMAIL = Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+|(?<![@\\w.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:fr|com|net|org|io|eu|co\\.uk|uk|de|be|ch|info|biz|tech|dev|app)\\b(?:/[^\\s<>\"'()]*)?");
    static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b");
    static final Pattern COMPANY_ID = Pattern.compile(
            "(?<![\\d+])\\d{3}[ \\u00a0.]?\\d{3}[ \\u00a0.]?\\d{3}(?:[ \\u00a0.]?\\d{5})?(?![\\d])");
    static final Pattern PHONE = Pattern.compile(String.join("|",
            // French: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, +33 (0)6..., 0033 6...
            "(?<![\\d+])(?:\\+33[ \\u00a0.-]?(?:\\(0\\)[ \\u00a0.-]?)?|0033[ \\u00a0.-]?|0)[1-9](?:[ \\u00a0.-]?\\d{2}){4}(?!\\d)",
            // international: +44 20 7946 0958, +1 (415) 555-0132, +49 30 1234567
            "\\+\\d{1,3}[ \\u00a0.-]?(?:\\(\\d{1,4}\\)[ \\u00a0.-]?)?\\d{1,4}(?:[ \\u00a0.-]?\\d{2,4}){1,4}(?!\\d)",
            // North American and UK national forms: (415) 555-0132, 415-555-0132, 020 7946 0958
            "\\(\\d{3}\\)[ \\u00a0]?\\d{3}-\\d{4}(?!\\d)", "(?<![\\d-])\\d{3}-\\d{3}-\\d{4}(?!\\d)",
            "(?<![\\d])0\\d{2,4}[ \\u00a0]\\d{3,4}[ \\u00a0]\\d{3,4}(?!\\d)"));

    private static final String FR_STREET = "(?:rue|avenue|av\\.|boulevard|bd|place|allée|allee|chemin|impasse|quai|route|"
            + "cours|square|passage|rond-point|voie|faubourg|parvis|esplanade|cité|cite|lotissement|résidence|"
            + "hameau|lieu-dit|promenade|sentier|mail)";
    private static final String CITY = UPPER + "[\\p{L}'’-]+(?:[ -](?:sur|sous|en|lès|les|le|la|de|du|am|an|upon|" + UPPER
            + "[\\p{L}'’-]+))*(?:[ ]Cedex(?:[ ]\\d{1,2})?)?";
    private static final String FR_POSTCODE_CITY = "(?:F-)?(?:\\d{5}|\\d{2}[ ]\\d{3})[ \\u00a0]+" + CITY;
    private static final String EN_STREET = "(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Boulevard|Blvd\\.?|"
            + "Drive|Dr\\.?|Square|Sq\\.?|Place|Pl\\.?|Way|Court|Ct\\.?|Terrace|Crescent|Close|Gardens|Row|Parkway|Mews|"
            + "Wharf|Quay|Park|Hill|Green|Yard|Walk|Parade|Circus|Embankment|Grove|Rise|Gate|Broadway)"
            + "(?:[ ](?:East|West|North|South))?";
    private static final String EN_POSTCODE = "(?:[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}|[A-Z]{2}[ ]\\d{5}(?:-\\d{4})?|\\d{5}(?:-\\d{4})?"
            + "|[A-Z]\\d{2}[ ]?[A-Z0-9]{4})";
    /** Street-first and European forms: "Rue de la Loi 42, 1040 Etterbeek", "Keizersgracht 221, 1016 DV Amsterdam". */
    private static final String EU_POSTCODE_CITY = "(?:[A-Z]{1,2}-)?\\d{4,5}(?:[ ][A-Z]{2})?[ \\u00a0]+" + CITY;
    private static final String COUNTRY = "(?:,[ ]*(?:France|Belgique|Belgium|Suisse|Switzerland|Schweiz|Deutschland|Germany|"
            + "Allemagne|Nederland|Netherlands|Pays-Bas|Norway|Norge|Norvège|Sweden|Suède|Denmark|Danemark|Ireland|"
            + "Irlande|UK|United Kingdom|Royaume-Uni|England|Scotland|Wales|USA|United States|États-Unis|Spain|"
            + "Espagne|España|Italy|Italie|Italia|Portugal|Luxembourg|Canada|Austria|Autriche|Poland|Pologne))?";
    /** Lines before the street: "ZI de la Chabossière, ", "Suite 12, ", "Block B, Castletroy Park, ". */
    private static final String LEAD = "(?:(?:(?iu:ZI|ZA|ZAC|ZAE|ZUP|Zone|Parc|Park|Immeuble|Résidence|Residence|Bâtiment|"
            + "Batiment|Bât\\.|Centre|Technopole|Espace|Domaine|Unit|Suite|Block|Flat|Apt\\.?|Apartment|Building|Floor|"
            + "Tour|Tower|Campus))\\b[^,\\n]{0,50},[ ]*|" + UPPER + "[\\p{L}'’-]+(?:[ ]" + UPPER
            + "[\\p{L}'’-]+){0,3}[ ](?:Park|Parc|Business Park|Centre|Center|House|Court|Building|Tower|Campus),[ ]*){0,3}";
    static final Pattern POSTAL_ADDRESS = Pattern.compile(String.join("|",
            // (ZI du Moulin,) 12 rue des Lilas, 59000 Lille ; 3 bis avenue de la République 75011 Paris
            LEAD + "(?iu:\\b\\d{1,4}(?:[ ]?(?:bis|ter|quater|[a-d]))?,?[ \\u00a0]+" + FR_STREET + ")"
                    + "(?:[ \\u00a0]+(?:(?iu:de|du|des|la|le|les|l'|l’|d'|d’|aux|au|à)[ \\u00a0]*)*"
                    + "(?:" + UPPER + "[\\p{L}'’-]*|\\d{1,2}(?:er)?))+"
                    + "(?:,?[ \\u00a0]+" + FR_POSTCODE_CITY + ")?" + COUNTRY,
            // (Suite 12,) 221B Baker Street(, 14th Floor), London NW1 6XE ; 500 Howard Street, San Francisco, CA 94105
            LEAD + "\\b\\d{1,5}[A-Z]?[ ]+(?:" + UPPER + "[\\p{L}'-]*[ ]+){1,4}" + EN_STREET + "\\b"
                    + "(?:,[ ]*(?:(?:Suite|Floor|Unit|Apt\\.?|Room)[ ]*[\\w-]+|\\d{1,3}(?:st|nd|rd|th)[ ]+Floor))?"
                    + "(?:,?[ ]+" + UPPER + "\\p{Ll}[\\p{L}-]*(?:[ ]" + UPPER + "\\p{Ll}[\\p{L}-]*){0,2})?(?:,?[ ]+" + EN_POSTCODE + ")?"
                    + COUNTRY,
            // Block B, Castletroy Park, Limerick V94 X2N5
            "(?:(?iu:Unit|Suite|Block|Flat|Apt\\.?|Apartment|Building)\\b[^,\\n]{0,30},[ ]*)" + LEAD + CITY + ",?[ ]+"
                    + EN_POSTCODE + COUNTRY,
            // a postcode and its city alone: 59000 Lille, 75008 Paris Cedex 08
            "(?<![\\d,.])" + FR_POSTCODE_CITY + COUNTRY));
    /** Street first, number after, then postcode and city (Belgium, Germany, the Netherlands, Nordic countries...). */
    static final Pattern STREET_FIRST_ADDRESS = Pattern.compile(
            "(?<![\\p{L}])" + UPPER + "[\\p{L}'’-]*(?:[ ](?:de|la|du|des|der|den|van|von|am|an|gate|vei|" + UPPER
                    + "[\\p{L}'’-]*)){0,4}[ ]\\d{1,4}[a-zA-Z]?,[ ]*" + EU_POSTCODE_CITY + COUNTRY);

    static final String FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
            + "novembre|décembre|decembre|janv\\.?|févr\\.?|fevr\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|déc\\.?|dec\\.?";
    static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final Pattern DATE = Pattern.compile(String.join("|",
            "(?iu)(?:" + WEEKDAY + ",?[ \\u00a0]+)?\\b(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?(?:[ \\u00a0]+of)?[ \\u00a0]+"
                    + "(?<m1>" + FR_MONTHS + "|" + EN_MONTHS + ")(?:,?[ \\u00a0]+(?<y1>\\d{4}))?(?![\\p{L}])",
            "(?iu)(?:" + WEEKDAY + ",?[ \\u00a0]+)?\\b(?<m2>" + EN_MONTHS + ")[ \\u00a0]+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\u00a0]+(?<y2>\\d{4}))?(?![\\d\\p{L}])",
            "(?<![\\d/.-])(?<d3>\\d{1,2})[/.-](?<m3>\\d{1,2})[/.-](?<y3>\\d{4}|\\d{2})(?![\\d/-])(?!\\.\\d)",
            "(?<![\\d/-])(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2})(?![\\d])"));

    private static final String NUMBER = "\\d{1,3}(?:[ \\u00a0\\u202f.,’']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String SCALE = "(?:[ \\u00a0]?(?:k|K|M|Md|millions?|milliers?|mille|thousand|million|bn))?";
    private static final String CODES = "EUR|GBP|USD|CHF|CAD|AUD|NOK|SEK|DKK|JPY|CNY|INR|MAD|XOF|PLN|CZK|HUF|RON";
    private static final String CURRENCY_AFTER = "(?:€|k€|K€|M€|£|\\$|(?:" + CODES + ")\\b|euros?\\b|dollars?\\b|livres?\\b|pounds?\\b|francs?\\b)";
    private static final String CURRENCY_BEFORE = "(?:US\\$|CA\\$|C\\$|A\\$|AU\\$|€|£|\\$|" + CODES + ")";
    private static final String TAX = "(?:[ \\u00a0]?(?:HT|TTC|H\\.T\\.|T\\.T\\.C\\.|hors taxes|excl\\.? VAT|incl\\.? VAT|net))?";
    static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.,])(?<n1>" + NUMBER + ")(?<s1>" + SCALE + ")[ \\u00a0]?(?<c1>" + CURRENCY_AFTER + ")" + TAX
                    + "|(?<c2>" + CURRENCY_BEFORE + ")[ \\u00a0]?(?<n2>" + NUMBER + ")(?<s2>" + SCALE + ")(?![\\d])" + TAX);

    static final Pattern TITLED_PERSON = Pattern.compile(
            "\\b(?:M\\.|MM\\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|Docteur|Me|"
                    + "Maître|Maitre|Prof\\.?|Professeur|Sir|Dame)[ \\u00a0]+(?<name>(?:" + PARTICLE + "[ \\u00a0]*)?"
                    + "(?:" + NAME_WORD + "|" + UPPER + "\\.)(?:" + NAME_TAIL + ")?)");
    static final Pattern INITIAL_SURNAME = Pattern.compile(
            "(?<![\\p{L}.])" + UPPER + "\\.(?:[ ]?-?" + UPPER + "\\.)?[ \\u00a0]?(?<surname>" + NAME_WORD + ")");
    static final Pattern NAME_SEQUENCE = Pattern.compile(NAME_WORD + "(?:" + NAME_TAIL + ")?");

    static final String LEGAL_FORM = "(?:SAS|SASU|SARL|SA|EURL|SCI|SNC|SCOP|SELARL|SELAS|GIE|Ltd\\.?|Limited|Inc\\.?|"
            + "Corp\\.?|Corporation|GmbH|LLC|LLP|PLC|plc|AG|BV|NV|S\\.A\\.S\\.?|S\\.A\\.?|SpA|SRL|S\\.r\\.l\\.|DAC|AS|ASA|AB|Oy|ApS|KG|SE|Pty)";
    private static final String ORG_WORD = "(?:" + UPPER + "[\\p{L}\\d&'’-]*|&|\\d+)";
    static final Pattern ORG_WITH_FORM = Pattern.compile(
            "(?<![\\p{L}])" + ORG_WORD + "(?:[ \\u00a0]+(?:(?:de|des|du|et|and|of|the|&)[ \\u00a0]+)?" + ORG_WORD + "){0,4}"
                    + ",?[ \\u00a0]+" + LEGAL_FORM + "(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?:SAS|SASU|SARL|EURL)[ \\u00a0]+" + ORG_WORD + "(?:[ \\u00a0]+" + ORG_WORD + "){0,3}");
    static final Pattern ORG_AFTER_NOUN = Pattern.compile(
            "(?iu:\\b(?:la société|société|le cabinet|cabinet|le groupe|groupe|l'agence|l’agence|agence|l'ESN|l’ESN|ESN|"
                    + "la startup|startup|la start-up|start-up|company|firm|the agency|agency|consultancy|the group|group))"
                    + "[ \\u00a0]+(?<name>" + ORG_WORD + "(?:[ \\u00a0]+(?:(?:de|des|du|et|and|of|&)[ \\u00a0]+)?" + ORG_WORD + "){0,3})");

    /** Firms named after partners: "Marceau & Blanchet", "Stein & Abernathy". */
    static final Pattern ORG_AMPERSAND = Pattern.compile(
            "(?<![\\p{L}])" + NAME_WORD + "(?:[ ]" + NAME_WORD + ")?[ ]*&[ ]*" + NAME_WORD + "(?:[ ]" + NAME_WORD + ")?");

    /** Words that make a capitalised sequence an organisation. */
    static final Set<String> ORG_KEYWORDS = Set.copyOf(List.of("consulting", "conseil", "conseils", "solutions", "technologies",
            "technology", "tech", "industries", "industrie", "services", "partners", "partenaires", "group", "groupe",
            "bank", "banque", "systems", "systemes", "software", "digital", "labs", "lab", "holding", "assurances",
            "assurance", "insurance", "capital", "ventures", "logistics", "logistique", "informatique", "media",
            "medias", "telecom", "energy", "energie", "retail", "finance", "pharma", "studio", "agency", "associates",
            "associes", "ingenierie", "engineering", "data", "analytics", "cloud", "networks", "mutuelle", "foods",
            "distribution", "immobilier", "transport", "transports", "international", "france", "europe"));

    /**
     * Capitalised words that are not names here: sentence words, roles, products and institutions
     * a lesson learned names on purpose.
     */
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            // function words and sentence starts
            "le", "la", "les", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles",
            "nous", "vous", "on", "je", "j", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "votre",
            "et", "ou", "mais", "donc", "car", "puis", "alors", "ensuite", "enfin", "apres", "avant", "depuis", "pendant",
            "quand", "lorsque", "si", "comme", "pour", "par", "sur", "sous", "dans", "avec", "sans", "chez", "entre",
            "au", "aux", "a", "en", "y", "ne", "pas", "plus", "tout", "tous", "toute", "toutes", "aucun", "aucune",
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "it", "his",
            "her", "their", "our", "your", "my", "and", "or", "but", "so", "then", "after", "before", "since",
            "during", "when", "while", "if", "as", "for", "by", "on", "in", "at", "with", "without", "from", "to",
            "of", "no", "not", "all", "every", "each", "some", "any", "there", "here", "what", "which", "who",
            "bonjour", "hello", "dear", "cher", "chere", "merci", "thanks", "regards", "cordialement", "objet", "subject",
            "re", "tr", "fw", "fwd", "ps", "nb", "ok", "oui", "non", "yes",
            // roles and generic nouns
            "client", "clients", "freelance", "freelancer", "prestataire", "consultant", "consultante", "mediateur",
            "mediatrice", "mediator", "expert", "experte", "referent", "admin", "president", "presidente",
            "directeur", "directrice", "director", "manager", "responsable", "chef", "dsi", "drh", "daf", "ceo", "cto",
            "cfo", "coo", "rh", "achats", "juridique", "legal", "finance", "service", "equipe", "team", "projet",
            "project", "mission", "contrat", "contract", "article", "clause", "annexe", "avenant", "facture",
            "invoice", "devis", "quote", "bon", "commande", "lot", "phase", "sprint", "recette", "production",
            "partie", "parties", "party", "tribunal", "cour", "court", "code", "loi", "law", "juge", "judge",
            "mise", "demeure", "lettre", "letter", "mail", "email", "e-mail", "appel", "call", "reunion", "meeting",
            "visio", "note", "lecon", "lesson", "conclusion", "contexte", "context", "resultat", "outcome",
            "retour", "experience", "ce qui", "what", "next", "time", "jour", "jours", "day", "days", "mois",
            "month", "months", "semaine", "week", "an", "ans", "year", "years", "mr", "mme", "monsieur", "madame",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai",
            "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "noel", "paques", "christmas", "easter",
            // products, platforms, institutions and places a lesson names on purpose
            "servicenow", "sap", "salesforce", "oracle", "microsoft", "google", "amazon", "aws", "azure", "gcp",
            "jira", "confluence", "slack", "teams", "zoom", "linkedin", "malt", "upwork", "excel", "word",
            "powerpoint", "outlook", "gmail", "github", "gitlab", "workday", "kubernetes", "docker", "python", "java",
            "sharepoint", "whatsapp", "youtube", "onedrive", "docusign", "hubspot", "quickbooks", "paypal",
            "iphone", "macbook", "javascript", "typescript", "postgresql", "mysql", "mongodb", "devops", "vp", "svp",
            "evp", "head", "power", "bi", "tableau", "snowflake", "databricks", "hana", "s/4hana", "itsm", "itom",
            "erp", "crm", "api", "rgpd", "gdpr", "urssaf", "tva", "vat", "bce", "ecb", "insee", "siren", "siret",
            "iban", "bic", "rcs", "kbis", "cgv", "cgu", "nda", "sow", "sla", "kpi", "poc", "mvp", "agile", "scrum",
            "france", "paris", "lyon", "lille", "marseille", "toulouse", "bordeaux", "nantes", "london", "londres",
            "europe", "uk", "usa", "etats-unis", "covid", "portail", "portal", "communaute", "community", "collectif"));
}
