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
            "(?i)(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+|(?<![@\\w.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|eu|info|biz|tech|dev|app|"
                    // any two-letter country domain written in lower case (".ca", ".co.za", ".com.br"), but not a file name
                    + "(?-i:(?!(?:js|ts|py|md|rb|sh|cs|db|gz|ps|vb)\\b)[a-z]{2}))\\b(?:/[^\\s<>\"'()]*)?");
    static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b");
    static final Pattern COMPANY_ID = Pattern.compile(
            "(?<![\\d+])(?<!\\+\\d{1,3}[ \\u00a0.-])\\d{3}[ \\u00a0.]?\\d{3}[ \\u00a0.]?\\d{3}(?:[ \\u00a0.]?\\d{5})?(?![\\d])");
    static final Pattern PHONE = Pattern.compile(String.join("|",
            // French: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, +33 (0)6..., 0033 6...
            "(?<![\\d+])(?:\\+33[ \\u00a0.-]?(?:\\(0\\)[ \\u00a0.-]?)?|0033[ \\u00a0.-]?|0)[1-9](?:[ \\u00a0.-]?\\d{2}){4}(?!\\d)",
            // international: +44 20 7946 0958, +1 (415) 555-0132, +49 30 1234567
            "\\+\\d{1,3}[ \\u00a0.-]?(?:\\(\\d{1,4}\\)[ \\u00a0.-]?)?\\d{1,4}(?:[ \\u00a0.-]?\\d{2,4}){1,4}(?!\\d)",
            // North American and UK national forms: (415) 555-0132, 415-555-0132, 020 7946 0958
            "\\(\\d{3}\\)[ \\u00a0]?\\d{3}-\\d{4}(?!\\d)", "(?<![\\d-])\\d{3}-\\d{3}-\\d{4}(?!\\d)",
            "(?<![\\d])0\\d{2,4}[ \\u00a0]\\d{3,4}[ \\u00a0]\\d{3,4}(?!\\d)",
            // North American with a space after the area code: 514 555-0188
            "(?<![\\d-])\\d{3}[ \\u00a0.]\\d{3}-\\d{4}(?!\\d)",
            // an area code in brackets, as in Australia and Brazil: (02) 5550 1000, (11) 95555-0123
            "\\(0?\\d{1,3}\\)[ \\u00a0]?\\d{4,5}[ \\u00a0-]?\\d{4}(?!\\d)"));
    /**
     * Any run of digit groups long enough to be a phone number, in whatever national format; used only to
     * recognise a known party's number written differently from its listing ("91 555 08 21" for "+34 915 55 08 21").
     */
    static final Pattern DIGIT_GROUPS = Pattern.compile(
            "(?<![\\d+])(?:\\+\\d{1,3}[ \\u00a0.-]?)?(?:\\(\\d{1,4}\\)[ \\u00a0.-]?)?\\d{2,6}(?:[ \\u00a0.-]\\d{2,6}){0,4}(?!\\d)");

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
            + "|[A-Z]\\d{2}[ ]?[A-Z0-9]{4})(?!\\d)";
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

    /** Country names that may end an address, in English and French, "the" allowed: ", the Netherlands". */
    static final String COUNTRY_NAME = "(?:the[ ])?(?:France|Belgique|Belgium|Suisse|Switzerland|Schweiz|"
            + "Deutschland|Germany|Allemagne|Nederland|Netherlands|Pays-Bas|Norway|Norge|Norvège|Sweden|Suède|Sverige|"
            + "Denmark|Danemark|Finland|Finlande|Iceland|Ireland|Irlande|UK|U\\.K\\.|United Kingdom|Royaume-Uni|England|"
            + "Scotland|Wales|USA|U\\.S\\.A\\.|US|United States|États-Unis|Etats-Unis|Canada|Mexico|Mexique|Brazil|Brasil|"
            + "Brésil|Argentina|Argentine|Chile|Chili|Colombia|Colombie|Peru|Pérou|Spain|Espagne|España|Italy|Italie|"
            + "Italia|Portugal|Luxembourg|Austria|Autriche|Österreich|Poland|Pologne|Polska|Czechia|Czech Republic|"
            + "Tchéquie|Slovakia|Slovaquie|Hungary|Hongrie|Romania|Roumanie|Bulgaria|Bulgarie|Greece|Grèce|Turkey|"
            + "Türkiye|Turquie|Ukraine|Estonia|Estonie|Latvia|Lettonie|Lithuania|Lituanie|Croatia|Croatie|Slovenia|"
            + "Slovénie|Serbia|Serbie|Morocco|Maroc|Algeria|Algérie|Tunisia|Tunisie|Egypt|Égypte|Senegal|Sénégal|"
            + "Côte d'Ivoire|Ivory Coast|Cameroon|Cameroun|Nigeria|Ghana|Kenya|South Africa|Afrique du Sud|Madagascar|"
            + "Mauritius|Maurice|Israel|Israël|Lebanon|Liban|Jordan|Jordanie|United Arab Emirates|UAE|Émirats arabes unis|"
            + "Saudi Arabia|Arabie saoudite|Qatar|India|Inde|Pakistan|Bangladesh|Sri Lanka|China|Chine|Japan|Japon|"
            + "South Korea|Korea|Corée du Sud|Corée|Taiwan|Hong Kong|Singapore|Singapour|Malaysia|Malaisie|Indonesia|"
            + "Indonésie|Philippines|Vietnam|Viêt Nam|Thailand|Thaïlande|Australia|Australie|New Zealand|"
            + "Nouvelle-Zélande|Kazakhstan|Québec|Quebec)(?![\\p{L}])";
    /** A line of an address that is a unit, a floor or an office: "bureau 410", "Suite 2100", "3rd Floor", "3.º izquierda", "lok. 12", "12F". */
    private static final String ADDRESS_UNIT = "(?:(?iu:bureau|suite|office|unit|level|floor|étage|etage|piso|planta|"
            + "andar|lok\\.|lokal|apt\\.?|apartment|room|salle|bloc|block|building)[ ]?[\\w.-]{1,8}"
            + "|\\d{1,3}(?:st|nd|rd|th|e|er|ème)[ ](?:Floor|floor|étage)|\\d{1,3}\\.?º(?:[ ]\\p{L}+)?|\\d{1,3}F)(?![\\p{L}\\d])";
    /**
     * Postcodes of many countries, the city before or after allowed: "H3B 1K9" (Canada, after a province: "BC V6E 3P3"),
     * UK, "01310-200" (Brazil), "100-0005" (Japan), "00-514" (Poland), "3013 AK" (Netherlands), "NSW 2000"
     * (Australian state), "560001" (India), "8001" (South Africa): four to six digits.
     */
    private static final String ANY_POSTCODE = "(?:(?:[A-Z]{2}[ ])?[A-Z]\\d[A-Z][ ]?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}"
            + "|\\d{5}-\\d{3}|\\d{3}-\\d{4}|\\d{2}-\\d{3}|\\d{4}[ ][A-Z]{2}|[A-Z]{2,3}[ ]\\d{4,5}|(?:[A-Z]{1,2}-)?\\d{4,6})"
            + "(?![\\p{L}\\d])(?:[ ]" + CITY + ")?";
    /** A line of capitalised words inside an address: a district, a city, a province ("Bela Vista", "Montréal (Québec)", "Chiyoda-ku"). */
    private static final String ADDRESS_LINE = "(?:" + UPPER + "[\\p{L}'’.-]*|\\(" + UPPER + "[\\p{L}'’-]*\\))(?:[ ](?:de|da|do|dos|das|"
            + "di|la|le|les|del|the|" + UPPER + "[\\p{L}'’.-]*|\\(" + UPPER + "[\\p{L}'’-]*\\)|\\d{1,3}))*";
    /**
     * What may follow the street in an address, line after line: units, districts, cities, postcodes and a country.
     * Lines of capitalised words count only when a unit, a postcode or a country comes after them, so the address
     * does not run on into the next sentence's names.
     */
    static final Pattern ADDRESS_TAIL = Pattern.compile("(?:(?:(?:,[ ]*|[ ]+-[ ]+)" + ADDRESS_LINE + "){0,3}"
            + "(?:,[ ]*|[ ]+-[ ]+|[ ]+)(?:" + ADDRESS_UNIT + "|" + ANY_POSTCODE + "|" + COUNTRY_NAME + "))+");
    /**
     * A line that may stand before the street, ending where the street starts: a business park, building, floor, lot or
     * unit ("Lot 45, ", "Technopark, ", "3rd Floor, The Bay Building, ", "Marunouchi Trust Tower 12F, "), or a road
     * without number before the postcode ("Route de Nouaceur, ").
     */
    static final Pattern ADDRESS_LEAD_BEFORE = Pattern.compile("(?:(?iu:ZI|ZA|ZAC|ZAE|Zone|Parc|Park|Immeuble|Résidence|"
            + "Residence|Bâtiment|Batiment|Bât\\.|Centre|Technopole|Technopôle|Technopark|Espace|Domaine|Unit|Suite|Block|"
            + "Flat|Apt\\.?|Apartment|Building|Floor|Level|Lot|Plot|Office|Bureau|Tour|Tower|Campus|Cluster|Route|Rue|Avenue|"
            + "Boulevard|Chemin|Road)\\b(?:[ ](?:[\\p{Lu}\\d#][^\\s,]*|(?iu:de|du|des|la|le|les|of|the|d'|l'|d’|l’)"
            + "[^\\s,]*)){0,6}"
            + "|\\d{1,3}(?:st|nd|rd|th|e|er|ème)[ ](?:Floor|floor|étage)"
            + "|" + UPPER + "[\\p{L}'’-]+(?:[ ]" + UPPER + "[\\p{L}'’-]+){0,3}[ ](?:Park|Parc|Centre|Center|House|Court|Building|"
            + "Tower|Towers|Campus|Plaza|Technopark)(?:[ ][\\w]{1,4})?)[ ]*,[ ]*$");
    /** Street type first, then its name and number: "Calle de Alcalá 48", "Av. Paulista, 1578", "ul. Marszałkowska 84/92". */
    static final Pattern STREET_TYPE_FIRST_ADDRESS = Pattern.compile("(?iu:calle|avenida|avda\\.|av\\.|rua|travessa|alameda|"
            + "praça|praca|paseo|plaza|carrer|camino|carretera|ul\\.|ulica|al\\.|aleja|plac)[ ]+(?:(?:de|del|da|do|dos|das|"
            + "la|las|los)[ ]+)*" + UPPER + "[\\p{L}'’.-]*(?:[ ](?:de|del|da|do|dos|das|la|las|los|" + UPPER
            + "[\\p{L}'’.-]*))*,?[ ]+\\d{1,5}[A-Za-z]?(?:/\\d{1,4})?(?![\\d])");
    /** Japanese block numbers: "1-8-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005" (a postcode must follow). */
    static final Pattern BLOCK_NUMBER_ADDRESS = Pattern.compile("(?<![\\d-])\\d{1,4}(?:-\\d{1,4}){1,2}[ ]+" + UPPER
            + "[\\p{L}-]+(?=(?:,[ ]*" + ADDRESS_LINE + "){0,3},?[ ]+(?:\\d{3}-\\d{4}|\\d{5,6})(?!\\d))");

    static final String FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
            + "novembre|décembre|decembre|janv\\.?|févr\\.?|fevr\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|déc\\.?|dec\\.?";
    static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    /**
     * German, Spanish and Portuguese month names, for dates copied from contracts and letters written in those
     * languages ("30. Juni 2025", "15 de julio de 2025", "3 de março de 2025").
     */
    static final String OTHER_MONTHS = "Januar|Jänner|Februar|März|Maerz|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|"
            + "abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|"
            + "maio|junho|julho|setembro|outubro|dezembro";
    private static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|"
            + "Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final Pattern DATE = Pattern.compile(String.join("|",
            "(?iu)(?:" + WEEKDAY + ",?[ \\u00a0]+)?\\b(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?(?:[ \\u00a0]+(?:of|de))?[ \\u00a0]+"
                    + "(?<m1>" + OTHER_MONTHS + "|" + FR_MONTHS + "|" + EN_MONTHS + ")(?:,?[ \\u00a0]+(?:de[ \\u00a0]+)?(?<y1>\\d{4}))?(?![\\p{L}])",
            "(?iu)(?:" + WEEKDAY + ",?[ \\u00a0]+)?\\b(?<m2>" + EN_MONTHS + ")[ \\u00a0]+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\u00a0]+(?<y2>\\d{4}))?(?![\\d\\p{L}])",
            "(?<![\\d/.-])(?<d3>\\d{1,2})[/.-](?<m3>\\d{1,2})[/.-](?<y3>\\d{4}|\\d{2})(?![\\d/-])(?!\\.\\d)",
            // German: the day with a full stop, the year required ("30. Juni 2025"; "1. July" is a numbered list)
            "(?iu)\\b(?<d5>\\d{1,2})\\.[ \\u00a0]+(?<m5>" + OTHER_MONTHS + "|April|Mai|August|September|November)[ \\u00a0]+(?<y5>\\d{4})(?![\\p{L}\\d])",
            // year first, with the same separators as day first: 2025-06-30, 2025/09/19 (Japan, South Africa), 2025.09.19
            "(?<![\\d/.-])(?<y4>\\d{4})(?<sep>[-/.])(?<m4>\\d{1,2})\\k<sep>(?<d4>\\d{1,2})(?![\\d])(?!\\.\\d)"));

    /** Indian grouping first ("18,50,000"), then thousands grouped by threes, then plain numbers. */
    private static final String NUMBER = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?"
            + "|\\d{1,3}(?:[ \\u00a0\\u202f.,’']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String SCALE = "(?:[ \\u00a0]?(?:k|K|M|Md|millions?|milliers?|mille|thousand|million|bn|mn|lakhs?|crores?))?";
    /**
     * The ISO 4217 codes in use, less those that are everyday English words in capitals (ALL, BAM, BOB, CUP, DOP,
     * GEL, MOP, PEN, SOS, TOP), so that "TOP 10" is no amount.
     */
    static final String CODES = "AED|AFN|AMD|ANG|AOA|ARS|AUD|AWG|AZN|BBD|BDT|BGN|BHD|BIF|BMD|BND|BRL|BSD|BTN|BWP|"
            + "BYN|BZD|CAD|CDF|CHF|CLP|CNY|COP|CRC|CVE|CZK|DJF|DKK|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GHS|GIP|GMD|GNF|"
            + "GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|"
            + "LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MRU|MUR|MVR|MWK|MXN|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PGK|"
            + "PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SRD|SSP|STN|SYP|SZL|THB|TJS|TMT|TND|"
            + "TRY|TTD|TWD|TZS|UAH|UGX|USD|UYU|UZS|VES|VND|VUV|WST|XAF|XCD|XOF|XPF|YER|ZAR|ZMW|ZWL";
    /** Three capitals standing alone; {@link Amounts} keeps only ISO codes (one set look-up, not 150 alternatives). */
    private static final String CODE = "[A-Z]{3}(?![\\p{L}])";
    static final Set<String> CODE_SET = Set.of(CODES.split("\\|"));
    /**
     * Currency after the number: any currency sign (Unicode's currency symbols: €, £, $, ¥, ₹...), "$ CA", an ISO
     * code, the local abbreviations of the zloty and the Nordic crowns, or a currency named in words.
     */
    private static final String CURRENCY_AFTER = "(?:k€|K€|M€|\\$[ \\u00a0]?(?:CA|CAN|US|AU|NZ)\\b|\\p{Sc}|" + CODE
            + "|zł|zl\\b|kr\\b|euros?\\b|dollars?\\b|livres?\\b|pounds?\\b|francs?\\b|rupees?\\b|rand\\b|reais\\b|real\\b|yen\\b)";
    /**
     * Currency before the number: a country's dollar or real ("US$", "R$", "NZ$"), a currency sign, an ISO code,
     * "Rs" for rupees, or "R" for the South African rand when a number of three digits or more follows.
     */
    private static final String CURRENCY_BEFORE = "(?:[A-Z]{1,3}\\$|\\p{Sc}|" + CODE + "|Rs\\.?|R(?=[ \\u00a0]?\\d{3}|[ \\u00a0]?\\d{1,3}[ \\u00a0,.]\\d{3}))";
    private static final String TAX = "(?:[ \\u00a0]?(?:HT|TTC|H\\.T\\.|T\\.T\\.C\\.|hors taxes|excl\\.? VAT|incl\\.? VAT|net))?";
    static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.,])(?<n1>" + NUMBER + ")(?<s1>" + SCALE + ")[ \\u00a0]?(?<c1>" + CURRENCY_AFTER + ")" + TAX
                    + "|(?<![\\p{L}])(?<c2>" + CURRENCY_BEFORE + ")[ \\u00a0]?(?<n2>" + NUMBER + ")(?<s2>" + SCALE + ")(?![\\d])" + TAX);

    static final Pattern TITLED_PERSON = Pattern.compile(
            "\\b(?:M\\.|MM\\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Mx\\.?|Dr\\.?|Docteur|Me|"
                    + "Maître|Maitre|Prof\\.?|Professeur|Sir|Dame|"
                    // German, Spanish, Portuguese, Polish and Dutch courtesy titles
                    + "Frau|Herr|Sr\\.|Sra\\.|Srta\\.|Señor|Señora|Don|Doña|Dona|Pan|Pani|Mevrouw|Mevr\\.|Dhr\\.)[ \\u00a0]+(?<name>(?:" + PARTICLE + "[ \\u00a0]*)?"
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
            "distribution", "immobilier", "transport", "transports", "international", "france", "europe",
            // plural and foreign forms of the same words: "Hoshino Holdings", "Grupo Nortia", "Havenlink Terminals"
            "holdings", "grupo", "gruppo", "gruppe", "groep", "grupa", "terminals", "trading", "fintech", "payments",
            "investments", "invest", "fund", "funds", "advisory", "advisors", "logistica", "tecnologia", "consultores",
            "consultoria", "beratung", "dienstleistungen", "maschinenbau"));

    /**
     * Words that, said of a person just before or after the name, introduce that person: job titles and roles
     * ("the COO, Pieter du Plessis", "Begoña Etxeberria, juriste du réseau", "un autre membre, Yusuf Demir").
     */
    static final String ROLE_WORDS = "ceo|cfo|coo|cto|cio|cmo|cpo|dsi|daf|drh|dg|pdg|vp|director|directeur|directrice|"
            + "manager|managers|head|lead|chief|responsable|chef|cheffe|gerant|gerante|founder|co-founder|cofounder|"
            + "fondateur|fondatrice|cofondateur|cofondatrice|president|presidente|owner|partner|associe|associee|lawyer|"
            + "avocat|avocate|attorney|counsel|juriste|notaire|solicitor|barrister|accountant|comptable|fiscaliste|"
            + "consultant|consultante|expert|experte|mediateur|mediatrice|mediator|member|membre|engineer|ingenieur|"
            + "ingenieure|developer|developpeur|developpeuse|architect|architecte|analyst|analyste|designer|assistant|"
            + "assistante|secretary|secretaire|deputy|adjoint|adjointe|controller|controleur|controleuse|officer|"
            + "administrator|administrateur|administratrice|recruiter|recruteur|recruteuse|buyer|acheteur|acheteuse|"
            + "colleague|collegue|interlocuteur|interlocutrice|sponsor|coordinator|coordinateur|coordinatrice|"
            + "specialist|specialiste|adviser|advisor|conseiller|conseillere|mentor|coach|trainer|formateur|formatrice|"
            + "gestionnaire|superviseur|supervisor|auditor|auditeur|auditrice|treasurer|tresorier|tresoriere|clerk|"
            + "paralegal|notary|representative|representant|representante|employee|salarie|salariee|intern|stagiaire";
    /** A role word right before a name, perhaps with its company and a comma: "the COO, ", "son avocate, Me ". */
    static final Pattern ROLE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ROLE_WORDS
            + "|signed by|signé par|signée par|sent by|envoyé par|approved by|validé par|written by|rédigé par)"
            + "(?:[ ]+(?:of|at|de|du|des|d'|d’|chez)[ ]+\\p{L}[\\p{L}'’&-]*){0,2}[ ]*[,:]?[ ]*$");
    /**
     * A role or a speech verb right after a name: ", the COO", ", experte de la communauté", ", a community member",
     * " said", " a écrit".
     */
    static final Pattern ROLE_AFTER = Pattern.compile("(?iu)(?:,[ ]+(?:(?:the|a|an|le|la|l'|l’|un|une|our|notre|his|her|"
            + "their|son|sa|leur|its|ses|nos|vos|votre|your)[ ]+)?(?:[\\p{L}-]+[ ]+){0,2}(?:" + ROLE_WORDS + ")"
            + "|[ ]+(?:said|says|wrote|writes|explained|explains|replied|replies|answered|added|told|confirmed|insisted|"
            + "noted|warned|recalled|admitted|a écrit|écrit|explique|a expliqué|répond|a répondu|confirme|a confirmé|"
            + "ajoute|a ajouté|rappelle|conseille|estime|souligne|reconnaît|précise|insiste|a déclaré|déclare))(?![\\p{L}])");
    /** A nickname in quotes right after a name, perhaps after a short apposition: "Venkatesh Iyer (\"Venky\")", "(« Gus »". */
    static final Pattern NICKNAME = Pattern.compile("(?:,[^,;.()«»\"“”\\n]{1,40})?[ ]*\\(?[ ]*[«\"“][ \\u00a0]*(?<nick>"
            + UPPER + "[\\p{Ll}'’-]{1,14})[ \\u00a0]*[»\"”]");
    /** First words of place names, which are not people even when a first name follows: "São Paulo", "San Francisco". */
    static final Set<String> PLACE_FIRST_WORDS = Set.of("san", "santa", "santo", "sao", "saint", "sainte", "st", "ste",
            "new", "port", "fort", "mount", "cape", "lake", "los", "las", "rio", "porto", "costa", "puerto", "bad", "bay",
            "north", "south", "east", "west", "nord", "sud", "est", "ouest", "upper", "lower", "great", "little", "grand");
    /**
     * Words that, at the start of a sentence, open an ordinary phrase rather than name a person when the word
     * before them is also a common word: "Mark every due date", "Grâce au dossier".
     */
    static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of("every", "each", "all", "the", "a", "an", "your", "our", "their",
            "his", "her", "its", "this", "that", "these", "those", "some", "any", "no", "to", "of", "in", "on", "at",
            "for", "with", "by", "from", "up", "down", "out", "au", "aux", "a", "le", "la", "les", "l", "un", "une",
            "des", "du", "de", "ce", "cet", "cette", "ces", "tout", "tous", "toute", "toutes", "chaque", "votre", "vos",
            "notre", "nos", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes"));

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
            "europe", "uk", "usa", "etats-unis", "covid", "portail", "portal", "communaute", "community", "collectif",
            // languages and nationalities, capitalised in English: "German law", "Spanish speakers"
            "english", "french", "german", "spanish", "italian", "portuguese", "dutch", "polish", "swiss", "belgian",
            "british", "irish", "scottish", "welsh", "american", "canadian", "mexican", "brazilian", "argentinian",
            "chinese", "japanese", "korean", "indian", "pakistani", "african", "european", "asian", "australian",
            "swedish", "norwegian", "danish", "finnish", "greek", "turkish", "russian", "ukrainian", "romanian",
            "moroccan", "algerian", "tunisian", "senegalese", "nigerian", "kenyan", "ghanaian", "arabic", "arab",
            "hindi", "latin", "anglais", "francais", "allemand", "espagnol", "italien", "europeen", "europeenne"));
}
