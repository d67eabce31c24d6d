package io.tonearm.adapters.persistence.bench;

import static io.tonearm.adapters.persistence.testing.NewTrackBuilder.aTrack;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.tonearm.adapters.persistence.PersistenceModule;
import io.tonearm.adapters.persistence.testing.NewTrackBuilder;
import io.tonearm.adapters.persistence.testing.TestDatabase;
import io.tonearm.domain.NewTrack;
import io.tonearm.domain.port.Tracks;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** A benchmark's own database and the {@link Tracks} port on it, wired as bootstrap wires it. */
final class Catalogs implements AutoCloseable {
    private static final String[] WORDS = {
        "love", "night", "dream", "fire", "river", "blue", "heart", "summer", "light", "shadow", "road", "rain",
        "gold", "wild", "city", "star", "ocean", "silver", "winter", "dance", "ghost", "echo", "storm", "moon",
        "paper", "glass", "velvet", "neon", "thunder", "honey", "sugar", "stone", "crystal", "desert", "forest",
        "midnight", "morning", "electric", "broken", "golden", "hollow", "secret", "sweet", "lonely", "distant",
        "falling", "burning", "frozen", "silent", "endless", "Beyoncé", "Déjà", "Café", "Noël", "Zoë"
    };

    final TestDatabase database;
    final Injector injector;
    final Tracks tracks;

    Catalogs() {
        database = TestDatabase.create();
        // JMH skips @TearDown when a benchmark throws: drop the database when the fork exits anyway.
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "bench-database-drop"));
        injector = Guice.createInjector(new PersistenceModule(database.settings()));
        tracks = injector.getInstance(Tracks.class);
    }

    /**
     * @return tracks number {@code first} to {@code first + count - 1} of a library shaped like a real one:
     *     3-word titles from a small vocabulary, 10 tracks an album, 2 albums an artist, a guest artist on one
     *     track in four; paths unique under {@code prefix}
     */
    static List<NewTrack> tracks(String prefix, int first, int count) {
        SplittableRandom random = new SplittableRandom(first);
        return IntStream.range(first, first + count).mapToObj(i -> {
            int album = i / 10;
            int artist = album / 2;
            NewTrackBuilder builder = aTrack().path(prefix + "/" + i + ".flac")
                    .title(word(random) + " " + word(random) + " " + word(random))
                    .album("Album " + WORDS[album % WORDS.length] + " " + album).trackNumber(1 + i % 10)
                    .year(1960 + album % 65);
            String name = "Artist " + WORDS[artist % WORDS.length] + " " + artist;
            return (random.nextInt(4) == 0
                    ? builder.artists(name, "Guest " + random.nextInt(Math.max(1, artist))) : builder.artists(name))
                    .build();
        }).toList();
    }

    private static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    @Override
    public void close() {
        injector.getInstance(HikariDataSource.class).close();
        database.close();
    }
}
