package io.tonearm.adapters.persistence.enrichment;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.enrichment.Artwork;
import io.tonearm.domain.enrichment.FetchedCovers;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link FetchedCovers} on MariaDB: the image as fetched, one row per album. */
final class MyBatisFetchedCovers implements FetchedCovers {
    private final Transactions transactions;

    @Inject
    MyBatisFetchedCovers(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Instant> fetchedAt(AlbumId album) {
        Objects.requireNonNull(album, "album");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(CoverMapper.class).fetchedAt(album.value())));
    }

    @Override
    public Optional<Artwork> find(AlbumId album) {
        Objects.requireNonNull(album, "album");
        return Optional.ofNullable(transactions.read(s -> s.getMapper(CoverMapper.class).find(album.value())))
                .map(row -> new Artwork(row.mediaType, row.image));
    }

    @Override
    public boolean save(AlbumId album, Artwork image, Instant at) {
        Objects.requireNonNull(album, "album");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(at, "at");
        byte[] bytes = image.bytes();
        return transactions.write(s -> {
            CoverMapper mapper = s.getMapper(CoverMapper.class);
            if (mapper.lockAlbum(album.value()) == null) {
                return false;
            }
            mapper.upsert(album.value(), image.mediaType(), bytes, at);
            return true;
        });
    }
}
