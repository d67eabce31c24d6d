package io.tonearm.adapters.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.lyrics.LyricLine;
import io.tonearm.domain.lyrics.Lyrics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** LRC and plain lyrics text read into lines. */
class LrcTest {

    private static LyricLine at(long millis, String value) {
        return new LyricLine(Duration.ofMillis(millis), value);
    }

    @Test
    void timedLines_areSynced_withTheirStartsInMilliseconds_forEveryFractionWritten() {
        Lyrics lyrics = Lrc.parse("[00:01.5]tenths\n[00:02.25]hundredths\n[01:03.125]thousandths\n[02:04]whole\n"
                + "[03:05:50]colon\n[100:00.00]long").orElseThrow();

        assertThat(lyrics.synced()).isTrue();
        assertThat(lyrics.lang()).isEqualTo(Lyrics.UNKNOWN_LANGUAGE);
        assertThat(lyrics.offset()).isZero();
        assertThat(lyrics.lines()).containsExactly(at(1_500, "tenths"), at(2_250, "hundredths"),
                at(63_125, "thousandths"), at(124_000, "whole"), at(185_500, "colon"), at(6_000_000, "long"));
    }

    @Test
    void aLineWithSeveralTimes_isSungAtEach_andTheLinesAreInTimeOrder() {
        Lyrics lyrics = Lrc.parse("[00:10.00][00:30.00]chorus\n[00:20.00]verse\n[00:30.00]after the chorus")
                .orElseThrow();

        assertThat(lyrics.lines()).containsExactly(at(10_000, "chorus"), at(20_000, "verse"), at(30_000, "chorus"),
                at(30_000, "after the chorus"));
    }

    @Test
    void theOffsetAndLanguageTags_areRead_andTheOtherTagsLeftOut() {
        Lyrics lyrics = Lrc.parse("[ar:Band]\n[ti:Song]\n[al:Album]\n[by:someone]\n[offset:+250]\n[la:eng]\n"
                + "[00:01.00]one").orElseThrow();
        Lyrics later = Lrc.parse("[offset:-100]\n[00:01.00]one").orElseThrow();
        Lyrics garbled = Lrc.parse("[offset:soon]\n[00:01.00]one").orElseThrow();

        assertThat(lyrics.offset()).isEqualTo(Duration.ofMillis(250));
        assertThat(lyrics.lang()).isEqualTo("eng");
        assertThat(lyrics.lines()).containsExactly(at(1_000, "one"));
        assertThat(later.offset()).isEqualTo(Duration.ofMillis(-100));
        assertThat(garbled.offset()).isZero();
    }

    @Test
    void blankAndGarbageLines_ofTimedLyrics_areLeftOut_anEmptyTimedLineIsAPause_andWordTimesAreDropped() {
        Lyrics lyrics = Lrc.parse("\uFEFF\r\n[00:01.00] one \r\n\r\nnot a timed line\r\n[xx:yy]broken\r\n"
                + "[00:02.00]\r\n[00:03.00]<00:03.00>two <00:03.50>words\r\n").orElseThrow();

        assertThat(lyrics.lines()).containsExactly(at(1_000, "one"), at(2_000, ""), at(3_000, "two words"));
    }

    @Test
    void textWithoutTimes_isUnsynced_lineByLine_withoutTheBlankLinesAround() {
        Lyrics lyrics = Lrc.parse("\n\n[ar:Band]\nFirst line\n\n[Chorus]\nSecond line\n\n").orElseThrow();

        assertThat(lyrics.synced()).isFalse();
        assertThat(lyrics.lines()).containsExactly(LyricLine.unsynced("First line"), LyricLine.unsynced(""),
                LyricLine.unsynced("[Chorus]"), LyricLine.unsynced("Second line"));
        assertThat(lyrics.text()).isEqualTo("First line\n\n[Chorus]\nSecond line");
    }

    @Test
    void textWithNoLine_isNoLyrics() {
        assertThat(Lrc.parse("")).isEmpty();
        assertThat(Lrc.parse(" \n\r\n\t")).isEmpty();
        assertThat(Lrc.parse("[ar:Band]\n[ti:Song]\n")).isEmpty();
    }
}
