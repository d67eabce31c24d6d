package io.tonearm.adapters.http.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing answers: XML escaping, JSON arrays and types, jsonp callbacks; and indexing artists. */
class SubsonicWriterTest {

    @Test
    void xml_escapesTheFiveSpecialCharacters_andDropsWhatXmlCannotCarry() {
        Element root = Element.of("subsonic-response").attr("status", "ok")
                .add(Element.of("song").attr("title", "a&b <c> \"d\" 'e'\u0001\t").attr("year", 1999));

        assertThat(SubsonicWriter.xml(root)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<subsonic-response xmlns=\"http://subsonic.org/restapi\" status=\"ok\">"
                + "<song title=\"a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#9;\" year=\"1999\"/>"
                + "</subsonic-response>");
    }

    @Test
    void xml_writesValuesAsText_andListsAsRepeatedElements() {
        Element root = Element.of("r").addList("versions", List.of(Element.value("versions", 1),
                Element.value("versions", 2))).add(Element.value("lyrics", "x < y"));

        assertThat(SubsonicWriter.xml(root)).endsWith("<r xmlns=\"http://subsonic.org/restapi\">"
                + "<versions>1</versions><versions>2</versions><lyrics>x &lt; y</lyrics></r>");
    }

    @Test
    void json_keepsTypes_writesListsAsArraysEvenWhenEmptyOrSingle_andValuesBare() {
        Element root = Element.of("subsonic-response").attr("status", "ok").attr("openSubsonic", true)
                .add(Element.of("album").attr("songCount", 2).attr("size", 5_000_000_000L)
                        .addList("song", List.of(Element.of("song").attr("title", "\"quoted\""))))
                .addList("genre", List.of())
                .addList("versions", List.of(Element.value("versions", 1)));

        assertThat(SubsonicWriter.json(root)).isEqualTo("{\"subsonic-response\":{\"status\":\"ok\","
                + "\"openSubsonic\":true,\"album\":{\"songCount\":2,\"size\":5000000000,"
                + "\"song\":[{\"title\":\"\\\"quoted\\\"\"}]},\"genre\":[],\"versions\":[1]}}");
    }

    @Test
    void aTextElement_isTextInXml_andAlwaysAnObjectWithItsValueInJson() {
        Element root = Element.of("r").addList("line", List.of(Element.text("line", "a & b"),
                Element.text("line", "c").attr("start", 1500L)));

        assertThat(SubsonicWriter.xml(root)).endsWith("<r xmlns=\"http://subsonic.org/restapi\">"
                + "<line>a &amp; b</line><line start=\"1500\">c</line></r>");
        assertThat(SubsonicWriter.json(root)).isEqualTo("{\"r\":{\"line\":[{\"value\":\"a & b\"},"
                + "{\"start\":1500,\"value\":\"c\"}]}}");
    }

    @Test
    void aJsonpCallback_mustBeAName() {
        assertThat(SubsonicWriter.Format.of("jsonp", "cb").kind()).isEqualTo("jsonp");
        assertThat(SubsonicWriter.Format.of("jsonp", "a.b_c$1").kind()).isEqualTo("jsonp");
        assertThat(SubsonicWriter.Format.of("jsonp", "a(1)").kind()).isEqualTo("xml");
        assertThat(SubsonicWriter.Format.of("jsonp", null).kind()).isEqualTo("xml");
        assertThat(SubsonicWriter.Format.of("jsonp", "x".repeat(101)).kind()).isEqualTo("xml");
        assertThat(SubsonicWriter.Format.of("json", null).contentType()).startsWith("application/json");
        assertThat(SubsonicWriter.Format.of(null, null).contentType()).startsWith("text/xml");
    }

    @Test
    void artists_areIndexedByTheirFirstLetter_withoutArticleOrAccent() {
        assertThat(SubsonicCatalog.indexOf("The Beatles")).isEqualTo("B");
        assertThat(SubsonicCatalog.indexOf("Les Négresses Vertes")).isEqualTo("N");
        assertThat(SubsonicCatalog.indexOf("Étienne Daho")).isEqualTo("E");
        assertThat(SubsonicCatalog.indexOf("a-ha")).isEqualTo("A");
        assertThat(SubsonicCatalog.indexOf("The")).as("an article alone is a name").isEqualTo("T");
        assertThat(SubsonicCatalog.indexOf("2Pac")).isEqualTo("#");
        assertThat(SubsonicCatalog.sortName("  A Tribe Called Quest")).isEqualTo("Tribe Called Quest");
        assertThat(SubsonicCatalog.sortName("Theatre of Tragedy")).isEqualTo("Theatre of Tragedy");
    }

    @Test
    void ids_sayTheirKind_andAnythingElseIsNotFound() {
        assertThat(SubsonicIds.parse("tr-12")).isEqualTo(new SubsonicIds.Ref(SubsonicIds.Kind.TRACK, 12));
        assertThat(SubsonicIds.parse("al-3").kind()).isEqualTo(SubsonicIds.Kind.ALBUM);
        assertThat(SubsonicIds.parse("ar-7").kind()).isEqualTo(SubsonicIds.Kind.ARTIST);
        for (String bad : new String[] {"12", "tr-", "tr-0", "tr--1", "tr-x", "xx-1"}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> SubsonicIds.parse(bad),
                    SubsonicError.class).code()).as(bad).isEqualTo(SubsonicError.NOT_FOUND);
        }
    }
}
