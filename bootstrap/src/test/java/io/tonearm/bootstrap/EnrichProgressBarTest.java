package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal's bar of an enrichment follows the done and total counts and names what it enriches. */
class EnrichProgressBarTest {

    @Test
    void theBar_followsTheCounts_andNamesTheKind() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (EnrichProgressBar bar = new EnrichProgressBar(new PrintStream(terminal, true, StandardCharsets.UTF_8),
                "artists")) {
            bar.artistDone(3, 10);
            assertThat(bar.current()).isEqualTo(3);
            assertThat(bar.max()).isEqualTo(10);
            bar.albumDone(10, 10);
            assertThat(bar.current()).isEqualTo(10);
        }

        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("Enriching artists").contains("10/10");
    }
}
