package io.tonearm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.http.outbound.OutboundSettings;
import io.tonearm.application.enrichment.EnrichmentSettings;
import io.tonearm.domain.enrichment.CoverSize;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrichment section: off without a contact, every bad setting named, and what the clients are given. */
class EnrichmentConfigTest {

    @Test
    void withoutAContact_enrichmentIsOff() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of());

        assertThat(config.enrichment().contact()).isNull();
        assertThat(config.enrichment().outbound("1.0")).isEmpty();
        assertThat(EnrichmentConfig.NO_CONTACT).contains("TONEARM_ENRICHMENT_CONTACT");
    }

    @Test
    void theEnvironment_setsTheContactAndTheServices_andTheUserAgentNamesTheContact() {
        TonearmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "TONEARM_ENRICHMENT_CONTACT", "mailto:ops@example.org",
                "TONEARM_MUSICBRAINZ_URL", "http://127.0.0.1:5000",
                "TONEARM_MUSICBRAINZ_REQUESTS_PER_SECOND", "0.5",
                "TONEARM_COVERART_URL", "http://127.0.0.1:5001",
                "TONEARM_LISTENBRAINZ_URL", "https://lb.example.org"));

        OutboundSettings outbound = config.enrichment().outbound("1.2.3").orElseThrow();

        assertThat(outbound.userAgent()).isEqualTo("Tonearm/1.2.3 ( mailto:ops@example.org )");
        assertThat(outbound.musicBrainz()).isEqualTo(URI.create("http://127.0.0.1:5000"));
        assertThat(outbound.coverArt()).isEqualTo(URI.create("http://127.0.0.1:5001"));
        assertThat(outbound.listenBrainz()).isEqualTo(URI.create("https://lb.example.org"));
        assertThat(outbound.musicBrainzPolicy().requestsPerSecond()).isEqualTo(0.5);
        assertThat(outbound.musicBrainzPolicy().maxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.enrichment().settings().matchScore()).isEqualTo(95);
    }

    @Test
    void byDefault_coversAre1200Pixels_andNoTagIsWritten_andTheEnvironmentChangesBoth() {
        EnrichmentSettings defaults = ConfigLoader.load(Optional.empty(), Map.of()).enrichment().settings();
        EnrichmentSettings set = ConfigLoader.load(Optional.empty(), Map.of("TONEARM_ENRICHMENT_COVER_SIZE", "500",
                "TONEARM_ENRICHMENT_WRITE_TAGS", "true")).enrichment().settings();

        assertThat(defaults.coverSize()).isEqualTo(CoverSize.LARGE);
        assertThat(defaults.writeTags()).isFalse();
        assertThat(set.coverSize()).isEqualTo(CoverSize.MEDIUM);
        assertThat(set.writeTags()).isTrue();
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("TONEARM_ENRICHMENT_COVER_SIZE", "250")).enrichment()
                .settings().coverSize()).isEqualTo(CoverSize.SMALL);
    }

    @Test
    void aCoverSizeTheArchiveDoesNotServe_orAWriteTagsThatIsNotABoolean_isRefusedAtStart() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("TONEARM_ENRICHMENT_COVER_SIZE", "800",
                "TONEARM_ENRICHMENT_WRITE_TAGS", "maybe")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("enrichment.cover-size must be one of the Cover Art Archive's sizes 250, 500, "
                        + "1200 but was 800")
                .hasMessageContaining("enrichment.write-tags must be true or false");
    }

    @Test
    void theNotFoundAnswers_liveAnHourByDefault_andAreNamedQueriesTheTtlsMayName(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("tonearm.conf");
        Files.writeString(file, "cache.ttls { \"musicbrainz.release-not-found\" = 5m }\n");

        TonearmConfig defaults = ConfigLoader.load(Optional.empty(), Map.of());
        TonearmConfig set = ConfigLoader.load(Optional.of(file), Map.of());

        assertThat(defaults.cache().ttls()).containsEntry("musicbrainz.release-not-found", Duration.ofHours(1))
                .containsEntry("musicbrainz.search-not-found", Duration.ofHours(1))
                .containsEntry("musicbrainz.release", Duration.ofHours(24));
        assertThat(set.cache().ttls()).containsEntry("musicbrainz.release-not-found", Duration.ofMinutes(5))
                .containsEntry("musicbrainz.search-not-found", Duration.ofHours(1));
    }

    @Test
    void everyBadEnrichmentSetting_isNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tonearm.conf");
        Files.writeString(file, """
                enrichment {
                  contact = " "
                  musicbrainz { url = "ftp://musicbrainz.org", requests-per-second = 0 }
                  retry { base-delay = 10s, max-delay = 1s, factor = 0.5, max-attempts = 0 }
                  match-score = 40
                  candidate-score = 60
                }
                """);

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("enrichment.contact must not be blank")
                .hasMessageContaining("enrichment.musicbrainz.url must be an http(s) URL but was ftp://musicbrainz.org")
                .hasMessageContaining("enrichment.musicbrainz.requests-per-second must be positive")
                .hasMessageContaining("retry.max-delay (PT1S) must not be less than retry.base-delay (PT10S)")
                .hasMessageContaining("retry.factor must be at least 1")
                .hasMessageContaining("retry.max-attempts must be at least 1")
                .hasMessageContaining("candidate score (60)");
    }

    @Test
    void theEnrichCommand_withoutAContact_exits3_sayingWhatToSet() {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new EnrichCommand(Map.of()));
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));

        int code = cli.execute("--dry-run");

        assertThat(code).isEqualTo(ExitCodes.INVALID_CONFIGURATION);
        assertThat(err.toString()).contains("TONEARM_ENRICHMENT_CONTACT");
    }
}
