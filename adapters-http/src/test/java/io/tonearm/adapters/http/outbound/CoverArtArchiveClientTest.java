package io.tonearm.adapters.http.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.adapters.http.outbound.FakeService.Answer;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.CoverSize;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.RemoteServiceException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoverArtArchiveClientTest {
    private static final MusicBrainzId RELEASE = MusicBrainzId.of("8b4ab94d-ff94-4f3e-a4ab-7e5e1c7a4a8f");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    private FakeService fake;
    private CoverArtArchiveClient client;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeService();
        client = new CoverArtArchiveClient(new OutboundService("coverartarchive", fake.uri(),
                OutboundPolicy.defaults(10), "Tonearm/1.0 ( ops@example.org )"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aFrontCover_isFetchedThroughTheArchivesRedirect_atTheAskedSize() {
        fake.at("/release/" + RELEASE.value() + "/front-500",
                        Answer.of(307).withHeader("Location", fake.uri() + "/download/mbid-x/front-500.jpg"))
                .at("/download/mbid-x/front-500.jpg",
                        new Answer(200, Map.of("Content-Type", "image/jpeg"), JPEG, Duration.ZERO));

        Artwork cover = client.frontCover(RELEASE, CoverSize.MEDIUM).orElseThrow();

        assertThat(cover).isEqualTo(new Artwork("image/jpeg", JPEG));
        assertThat(fake.received()).extracting(FakeService.Received::path).containsExactly(
                "/release/" + RELEASE.value() + "/front-500", "/download/mbid-x/front-500.jpg");
    }

    @Test
    void aReleaseWithoutCover_isEmpty() {
        fake.then(Answer.of(404));

        assertThat(client.frontCover(RELEASE, CoverSize.LARGE)).isEmpty();
        assertThat(fake.received().get(0).path()).endsWith("/front-1200");
    }

    @Test
    void somethingThatIsNotAnImage_isRefused() {
        fake.then(new Answer(200, Map.of("Content-Type", "text/html"), "<html>".getBytes(), Duration.ZERO));

        assertThatThrownBy(() -> client.frontCover(RELEASE, CoverSize.SMALL))
                .isInstanceOf(RemoteServiceException.class).hasMessageContaining("not an image");
    }
}
