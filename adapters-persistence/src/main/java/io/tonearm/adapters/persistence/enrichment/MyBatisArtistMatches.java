package io.tonearm.adapters.persistence.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.enrichment.ArtistMatch;
import io.tonearm.domain.enrichment.ArtistMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.MusicBrainzArtist;
import io.tonearm.domain.enrichment.MusicBrainzId;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ArtistMatches} on MariaDB: one row per matched artist, its genres as a JSON array. */
final class MyBatisArtistMatches implements ArtistMatches {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions transactions;

    @Inject
    MyBatisArtistMatches(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ArtistMatch> findByArtist(ArtistId artist) {
        Objects.requireNonNull(artist, "artist");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(ArtistMatchMapper.class).find(artist.value())))
                .map(row -> new ArtistMatch(artist, new MusicBrainzArtist(MusicBrainzId.of(row.mbid), row.name,
                        row.sortName, genres(row.genresJson)), MatchSource.valueOf(row.source), row.matchedAt));
    }

    @Override
    public boolean save(ArtistMatch match) {
        Objects.requireNonNull(match, "match");
        String genres = json(match.match().genres());
        return transactions.write(s -> {
            ArtistMatchMapper mapper = s.getMapper(ArtistMatchMapper.class);
            if (mapper.lockArtist(match.artist().value()) == null) {
                return false;
            }
            // the row is locked before it is judged, so two saves at once cannot both see no person's match
            String earlier = mapper.lockSource(match.artist().value());
            if (MatchSource.PERSON.name().equals(earlier) && match.source() != MatchSource.PERSON) {
                return false;
            }
            MusicBrainzArtist found = match.match();
            mapper.upsert(match.artist().value(), found.id().value(), match.source().name(), found.name(),
                    found.sortName(), genres, match.matchedAt());
            return true;
        });
    }

    @Override
    public Optional<String> mostTaggedId(ArtistId artist) {
        Objects.requireNonNull(artist, "artist");
        return Optional.ofNullable(transactions.read(s ->
                s.getMapper(ArtistMatchMapper.class).mostTaggedId(artist.value())));
    }

    private static String json(List<String> genres) {
        try {
            return JSON.writeValueAsString(genres);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> genres(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored genres cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
