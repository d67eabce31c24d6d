package io.tonearm.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A cached cover: its validator and what it refuses. */
class CoverFileTest {
    private static final Instant WRITTEN = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void theEtag_isTheFileNameWithoutExtension_andTheSize() {
        assertThat(new CoverFile("/cache/covers/ab12.jpg", "image/jpeg", 255, WRITTEN).etag()).isEqualTo("\"ab12-ff\"");
        assertThat(new CoverFile("C:\\cache\\cd34.png", "image/png", 16, WRITTEN).etag()).isEqualTo("\"cd34-10\"");
        assertThat(new CoverFile("/cache/v1.0/ef56", "image/png", 1, WRITTEN).etag()).isEqualTo("\"ef56-1\"");
        assertThat(new CoverFile("plain", "image/png", 0, WRITTEN).etag()).isEqualTo("\"plain-0\"");
    }

    @Test
    void refuses_missingOrNegativeParts() {
        assertThatThrownBy(() -> new CoverFile(null, "image/png", 1, WRITTEN)).isInstanceOf(InvalidValueException.class)
                .hasMessage("path is required");
        assertThatThrownBy(() -> new CoverFile(" ", "image/png", 1, WRITTEN)).hasMessage("path is required");
        assertThatThrownBy(() -> new CoverFile("/a", null, 1, WRITTEN)).isInstanceOf(InvalidValueException.class)
                .hasMessage("mediaType is required");
        assertThatThrownBy(() -> new CoverFile("/a", "", 1, WRITTEN)).hasMessage("mediaType is required");
        assertThatThrownBy(() -> new CoverFile("/a", "image/png", -1, WRITTEN)).hasMessage("size must be >= 0 but was -1");
        assertThatThrownBy(() -> new CoverFile("/a", "image/png", 1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnusableCover_saysWhy() {
        assertThat(new UnusableCoverException("/m/cover.jpg is truncated")).hasMessage(
                "no usable cover: /m/cover.jpg is truncated");
    }
}
