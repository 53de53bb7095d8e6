package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/** The one HTML escaper: markup characters as entities, text XML cannot hold replaced, and back again. */
class HtmlEscaperTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text, déjà vu — Łódź | plain text, déjà vu — Łódź",
            "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
            "Tom & Jerry &amp; co | Tom &amp; Jerry &amp;amp; co",
            "`\"quoted\" and 'single'` | &quot;quoted&quot; and &#39;single&#39;",
            "`a=\"1\" onmouseover='x'` | a=&quot;1&quot; onmouseover=&#39;x&#39;"})
    void markup_characters_become_entities(String text, String escaped) {
        assertThat(HtmlEscaper.escape(text)).isEqualTo(escaped);
        assertThat(HtmlEscaper.unescape(escaped)).isEqualTo(text);
    }

    @Test
    void null_is_empty_and_text_needing_nothing_is_returned_as_it_is() {
        String text = "Nguyễn Thị Hương, Γιώργος, Ольга\n\ttab 12\u00a0€";
        assertThat(HtmlEscaper.escape(null)).isEmpty();
        assertThat(HtmlEscaper.escape(text)).isSameAs(text);
        assertThat(HtmlEscaper.unescape(null)).isEmpty();
    }

    @Test
    void characters_xml_forbids_are_replaced_visibly_and_pairs_beyond_the_basic_plane_kept() throws Exception {
        String hostile = "a\u0000b\u0007c\u000Bd\u001Fe\uD800f\uDC00g\uFFFEh\uFFFF i 😀 𝔸";
        String escaped = HtmlEscaper.escape(hostile);

        assertThat(escaped).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD i 😀 𝔸");
        // so that it always parses as XHTML (the PDF documents) and as SVG
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<p a=\"" + escaped + "\">" + escaped + "</p>")));
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo(escaped);
        assertThat(document.getDocumentElement().getAttribute("a")).isEqualTo(escaped);
    }

    @Test
    void what_the_search_highlighter_encodes_is_decoded_to_the_original_text() {
        // Lucene's HTML encoder writes ' and / as hexadecimal references
        assertThat(HtmlEscaper.unescape("l&#x27;acompte &#x2F; &quot;net&quot; &lt;b&gt; &amp;lt; &#233;"))
                .isEqualTo("l'acompte / \"net\" <b> &lt; é");
    }
}
