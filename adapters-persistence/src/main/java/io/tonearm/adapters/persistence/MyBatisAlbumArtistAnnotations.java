package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.CatalogAnnotation;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.Rating;
import io.tonearm.domain.port.AlbumArtistAnnotations;
import io.tonearm.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link AlbumArtistAnnotations} on MariaDB through MyBatis: one row per (user, album) and (user, artist) the user
 * starred or rated. Lists are read by offset from one user's range of an index; totals are counted there.
 */
final class MyBatisAlbumArtistAnnotations implements AlbumArtistAnnotations {
    private final Transactions transactions;

    @Inject
    MyBatisAlbumArtistAnnotations(Transactions transactions) {
        this.transactions = transactions;
    }

    MyBatisAlbumArtistAnnotations(SqlSessionFactory factory) {
        this(new Transactions(factory));
    }

    @Override
    public Map<AlbumId, CatalogAnnotation> findAlbums(UserId user, Collection<AlbumId> albums) {
        Objects.requireNonNull(albums, "albums");
        return find(user, albums.stream().map(AlbumId::value).toList(), AlbumId::of, false);
    }

    @Override
    public Map<ArtistId, CatalogAnnotation> findArtists(UserId user, Collection<ArtistId> artists) {
        Objects.requireNonNull(artists, "artists");
        return find(user, artists.stream().map(ArtistId::value).toList(), ArtistId::of, true);
    }

    private <K> Map<K, CatalogAnnotation> find(UserId user, List<Long> wanted, LongFunction<K> key,
                                               boolean artists) {
        Objects.requireNonNull(user, "user");
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new TreeSet<>(wanted));
        return transactions.read(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            Map<K, CatalogAnnotation> found = new HashMap<>();
            for (List<Long> chunk : TrackReader.chunks(ids, TrackReader.CHUNK)) {
                List<CatalogAnnotationRow> rows = artists ? mapper.selectArtists(user.value(), chunk)
                        : mapper.selectAlbums(user.value(), chunk);
                rows.forEach(row -> found.put(key.apply(row.id), row.annotation()));
            }
            return found;
        });
    }

    @Override
    public boolean starAlbum(UserId user, AlbumId album, boolean starred, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(album, "album");
        Instant starredAt = starred ? CatalogWriter.checkStorable("starredAt", Objects.requireNonNull(at, "at")) : null;
        return transactions.write(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            if (mapper.shareAlbum(album.value()) == null) {
                return false;
            }
            mapper.starAlbum(user.value(), album.value(), starredAt);
            mapper.dropEmptyAlbum(user.value(), album.value());
            return true;
        });
    }

    @Override
    public boolean starArtist(UserId user, ArtistId artist, boolean starred, Instant at) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(artist, "artist");
        Instant starredAt = starred ? CatalogWriter.checkStorable("starredAt", Objects.requireNonNull(at, "at")) : null;
        return transactions.write(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            if (mapper.shareArtist(artist.value()) == null) {
                return false;
            }
            mapper.starArtist(user.value(), artist.value(), starredAt);
            mapper.dropEmptyArtist(user.value(), artist.value());
            return true;
        });
    }

    @Override
    public boolean rateAlbum(UserId user, AlbumId album, int rating) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(album, "album");
        Rating.check(rating);
        return transactions.write(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            if (mapper.shareAlbum(album.value()) == null) {
                return false;
            }
            mapper.rateAlbum(user.value(), album.value(), rating);
            mapper.dropEmptyAlbum(user.value(), album.value());
            return true;
        });
    }

    @Override
    public boolean rateArtist(UserId user, ArtistId artist, int rating) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(artist, "artist");
        Rating.check(rating);
        return transactions.write(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            if (mapper.shareArtist(artist.value()) == null) {
                return false;
            }
            mapper.rateArtist(user.value(), artist.value(), rating);
            mapper.dropEmptyArtist(user.value(), artist.value());
            return true;
        });
    }

    @Override
    public Page<AlbumId> findStarredAlbums(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        return transactions.read(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            return Page.of(mapper.selectStarredAlbums(user.value(), page.offset(), page.limit()).stream()
                    .map(AlbumId::of).toList(), mapper.countStarredAlbums(user.value()), page);
        });
    }

    @Override
    public Page<ArtistId> findStarredArtists(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        return transactions.read(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            return Page.of(mapper.selectStarredArtists(user.value(), page.offset(), page.limit()).stream()
                    .map(ArtistId::of).toList(), mapper.countStarredArtists(user.value()), page);
        });
    }

    @Override
    public Page<AlbumId> findRatedAlbums(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        return transactions.read(session -> {
            AlbumArtistAnnotationMapper mapper = session.getMapper(AlbumArtistAnnotationMapper.class);
            return Page.of(mapper.selectRatedAlbums(user.value(), page.offset(), page.limit()).stream()
                    .map(AlbumId::of).toList(), mapper.countRatedAlbums(user.value()), page);
        });
    }
}
