package io.tonearm.adapters.http.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Range headers against a size: one range, the whole file, or 416 (RFC 9110, 14.1.2). */
class RangeHeaderTest {

    private static RangeHeader.Outcome of(String header) {
        return RangeHeader.evaluate(header, 1000);
    }

    private static RangeHeader.Outcome single(long first, long last) {
        return new RangeHeader.Single(new ByteRange(first, last, 1000));
    }

    @Test
    void oneRange_isResolvedAgainstTheSize() {
        assertThat(of("bytes=0-0")).isEqualTo(single(0, 0));
        assertThat(of("bytes=0-999")).isEqualTo(single(0, 999));
        assertThat(of("bytes=500-")).isEqualTo(single(500, 999));
        assertThat(of("bytes=-1")).isEqualTo(single(999, 999));
        assertThat(of("bytes=-1000")).isEqualTo(single(0, 999));
        assertThat(of("bytes=-5000")).isEqualTo(single(0, 999));
        assertThat(of("bytes=990-5000")).isEqualTo(single(990, 999));
        assertThat(of(" BYTES= 10 - 20 ")).isEqualTo(single(10, 20));
    }

    @Test
    void rangesThatMissTheFile_areUnsatisfiable() {
        assertThat(of("bytes=1000-")).isInstanceOf(RangeHeader.Unsatisfiable.class);
        assertThat(of("bytes=1000-2000")).isInstanceOf(RangeHeader.Unsatisfiable.class);
        assertThat(of("bytes=-0")).isInstanceOf(RangeHeader.Unsatisfiable.class);
        assertThat(of("bytes=1000-1001,2000-")).isInstanceOf(RangeHeader.Unsatisfiable.class);
        assertThat(RangeHeader.evaluate("bytes=0-", 0)).isInstanceOf(RangeHeader.Unsatisfiable.class);
        assertThat(RangeHeader.evaluate("bytes=-5", 0)).isInstanceOf(RangeHeader.Unsatisfiable.class);
    }

    @Test
    void noHeader_anInvalidOne_orSeveralRanges_giveTheWholeFile() {
        for (String header : new String[] {null, "", "items=0-1", "bytes=", "bytes=-", "bytes=5", "bytes=a-b",
                "bytes=5-4", "bytes=1-2,x", "bytes=+1-2", "bytes=0-10,20-30", "bytes=1000-,0-1",
                "bytes=99999999999999999999-", "bytes=" + "1-2,".repeat(16) + "1-2"}) {
            assertThat(of(header)).as(String.valueOf(header)).isInstanceOf(RangeHeader.Whole.class);
        }
    }

    @Test
    void aRange_saysItsLengthAndContentRange() {
        ByteRange range = new ByteRange(10, 19, 1000);

        assertThat(range.length()).isEqualTo(10);
        assertThat(range.contentRange()).isEqualTo("bytes 10-19/1000");
        assertThatThrownBy(() -> new ByteRange(-1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteRange(5, 4, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ByteRange(0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
