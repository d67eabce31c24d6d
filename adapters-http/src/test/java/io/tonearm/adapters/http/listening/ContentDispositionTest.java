package io.tonearm.adapters.http.listening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download names (RFC 6266 with RFC 8187's filename*). */
class ContentDispositionTest {

    @Test
    void aPlainName_isQuotedAsItIs() {
        assertThat(ContentDisposition.attachment("01 - Song (live).mp3"))
                .isEqualTo("attachment; filename=\"01 - Song (live).mp3\"");
    }

    @Test
    void anyOtherName_getsAnAsciiFallback_andTheExactNameInUtf8() {
        assertThat(ContentDisposition.attachment("Björk.flac"))
                .isEqualTo("attachment; filename=\"Bj_rk.flac\"; filename*=UTF-8''Bj%C3%B6rk.flac");
        assertThat(ContentDisposition.attachment("a\"b\\c.mp3"))
                .isEqualTo("attachment; filename=\"a_b_c.mp3\"; filename*=UTF-8''a%22b%5Cc.mp3");
        assertThat(ContentDisposition.attachment("\uD83C\uDFB5 100%;\r\n.ogg"))
                .isEqualTo("attachment; filename=\"_ 100%;__.ogg\"; filename*=UTF-8''%F0%9F%8E%B5%20100%25%3B%0D%0A.ogg");
    }
}
