package io.tonearm.adapters.persistence.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.AlbumMatches;
import io.tonearm.domain.enrichment.MatchSource;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.enrichment.ReleaseCandidate;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link AlbumMatches} on MariaDB: a release is stored as JSON, as MusicBrainz described it when matched. */
final class MyBatisAlbumMatches implements AlbumMatches {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Transactions transactions;

    @Inject
    MyBatisAlbumMatches(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AlbumMatch> findByAlbum(AlbumId album) {
        Objects.requireNonNull(album, "album");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(MatchMapper.class).find(album.value())))
                .map(row -> new AlbumMatch(album, release(row.releaseJson), MatchSource.valueOf(row.source),
                        row.matchedAt));
    }

    @Override
    public boolean save(AlbumMatch match) {
        Objects.requireNonNull(match, "match");
        String json = json(match.release());
        return transactions.write(s -> {
            MatchMapper mapper = s.getMapper(MatchMapper.class);
            // the row is locked before it is judged, so two saves at once cannot both see no person's match
            String earlier = mapper.lockSource(match.album().value());
            if (MatchSource.PERSON.name().equals(earlier) && match.source() != MatchSource.PERSON) {
                return false;
            }
            mapper.upsert(match.album().value(), match.release().id().value(), match.source().name(), json,
                    match.matchedAt());
            mapper.deleteCandidates(match.album().value());
            return true;
        });
    }

    @Override
    public void saveCandidates(AlbumId album, List<ReleaseCandidate> candidates) {
        Objects.requireNonNull(album, "album");
        List<String> json = candidates.stream().map(c -> json(c.release())).toList();
        transactions.write(s -> {
            MatchMapper mapper = s.getMapper(MatchMapper.class);
            mapper.deleteCandidates(album.value());
            for (int i = 0; i < candidates.size(); i++) {
                mapper.insertCandidate(album.value(), i, candidates.get(i).score(), json.get(i));
            }
            return null;
        });
    }

    @Override
    public List<ReleaseCandidate> candidates(AlbumId album) {
        Objects.requireNonNull(album, "album");
        return transactions.read(s -> s.getMapper(MatchMapper.class).candidates(album.value())).stream()
                .map(row -> new ReleaseCandidate(release(row.releaseJson), row.score)).toList();
    }

    private static String json(Release release) {
        try {
            return JSON.writeValueAsString(release);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Release release(String json) {
        try {
            return JSON.readValue(json, Release.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
