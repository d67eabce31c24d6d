package io.tonearm.application.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.domain.KnownFile;
import io.tonearm.domain.TrackId;
import io.tonearm.domain.port.TrackFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownFilesTest {

    /** The catalog's side of the port, as a list: KnownFiles only pages through findUnder. */
    private static final class ListedFiles implements TrackFiles {
        final List<KnownFile> files = new ArrayList<>();
        int pagesAsked;

        @Override
        public List<KnownFile> findUnder(String directory, long afterId, long upToId, int limit) {
            pagesAsked++;
            return files.stream()
                    .filter(f -> f.path().startsWith(directory) && f.id().value() > afterId
                            && f.id().value() <= upToId)
                    .limit(limit).toList();
        }

        @Override
        public List<KnownFile> findBySizes(Collection<Long> sizes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TrackId> findLastId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean setPath(TrackId id, String newPath) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean setFileFacts(TrackId id, long size, Instant modifiedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int recordFolderImage(Collection<TrackId> ids, boolean present) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aKnownPath_comesBackWithItsIdSizeAndTimeToTheMicrosecond_anUnknownOneNot() {
        ListedFiles catalog = new ListedFiles();
        catalog.files.add(new KnownFile(TrackId.of(1), "/music/a.flac", 100, Instant.parse("2024-01-01T10:00:00.123456Z")));
        catalog.files.add(new KnownFile(TrackId.of(2), "/music/Ä/b.mp3", 200, Instant.parse("2024-01-02T10:00:00Z")));
        catalog.files.add(new KnownFile(TrackId.of(3), "/elsewhere/c.mp3", 300, Instant.EPOCH));

        KnownFiles known = KnownFiles.load(catalog, "/music/", 10);

        assertThat(known.size()).isEqualTo(2);
        assertThat(known.find("/music/a.flac")).contains(new KnownFile(TrackId.of(1), "/music/a.flac", 100,
                Instant.parse("2024-01-01T10:00:00.123456Z")));
        assertThat(known.find("/music/Ä/b.mp3")).map(KnownFile::id).contains(TrackId.of(2));
        assertThat(known.find("/music/a.FLAC")).isEmpty();
        assertThat(known.find("/elsewhere/c.mp3")).as("outside the directory").isEmpty();
    }

    @Test
    void everyPage_isLoaded_upToTheGivenId_andEveryIdIsListedOnce() {
        ListedFiles catalog = new ListedFiles();
        for (int i = 1; i <= KnownFiles.PAGE * 2 + 5; i++) {
            catalog.files.add(new KnownFile(TrackId.of(i), "/music/" + i + ".mp3", i, Instant.EPOCH));
        }

        KnownFiles known = KnownFiles.load(catalog, "/music/", KnownFiles.PAGE * 2 + 3);

        assertThat(known.size()).isEqualTo(KnownFiles.PAGE * 2 + 3);
        assertThat(catalog.pagesAsked).isEqualTo(4);
        List<Long> ids = new ArrayList<>();
        known.forEachId(ids::add);
        assertThat(ids).hasSize(KnownFiles.PAGE * 2 + 3).doesNotHaveDuplicates().doesNotContain(KnownFiles.PAGE * 2 + 4L);
        assertThat(known.find("/music/" + (KnownFiles.PAGE + 7) + ".mp3")).map(KnownFile::size)
                .contains(KnownFiles.PAGE + 7L);
    }

    @Test
    void anEmptyCatalog_isNotAskedAtAll() {
        ListedFiles catalog = new ListedFiles();

        KnownFiles known = KnownFiles.load(catalog, "/music/", 0);

        assertThat(known.size()).isZero();
        assertThat(catalog.pagesAsked).isZero();
    }

    @Test
    void theHash_differsForPathsThatDifferInOneCharacterOrInCase() {
        assertThat(KnownFiles.hash("/music/a.mp3")).isNotEqualTo(KnownFiles.hash("/music/b.mp3"))
                .isNotEqualTo(KnownFiles.hash("/music/A.mp3"));
    }
}
