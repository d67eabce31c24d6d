package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.Album;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.port.Albums;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link Albums} on MariaDB through MyBatis. A cursor names the last album of a page; its sort key is read
 * back by id (one primary-key lookup) to seek from. If that album has gone meanwhile, the page falls back to
 * its offset.
 */
final class MyBatisAlbums implements Albums {
    private final Transactions transactions;

    @Inject
    MyBatisAlbums(Transactions transactions) {
        this.transactions = transactions;
    }

    MyBatisAlbums(SqlSessionFactory factory) {
        this(new Transactions(factory));
    }

    @Override
    public Optional<Album> findById(AlbumId id) {
        Objects.requireNonNull(id, "id");
        return transactions.read(session ->
                Optional.ofNullable(session.getMapper(AlbumMapper.class).selectById(id.value())).map(AlbumRow::toAlbum));
    }

    @Override
    public Page<Album> findAll(PageRequest page) {
        Long afterId = page.after() == null ? null : Cursor.ALBUM.decode(page.after())[0];
        return transactions.read(session -> {
            AlbumMapper mapper = session.getMapper(AlbumMapper.class);
            AlbumRow anchor = afterId == null ? null : mapper.selectById(afterId);
            List<AlbumRow> rows = anchor == null
                    ? mapper.selectAll(page.offset(), page.limit(), null, null)
                    : mapper.selectAll(page.offset(), page.limit(), anchor.title, anchor.id);
            return page(page, session.getMapper(CatalogMapper.class).counter("albums"), rows);
        });
    }

    @Override
    public Page<Album> search(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Long afterId = page.after() == null ? null : Cursor.ALBUM.decode(page.after())[0];
        List<String> patterns = SearchTerms.prefixPatterns(query);
        if (patterns.isEmpty()) {
            return Page.empty(0, page);
        }
        return transactions.read(session -> {
            AlbumMapper mapper = session.getMapper(AlbumMapper.class);
            CatalogMapper catalog = session.getMapper(CatalogMapper.class);
            // An artist's word stands for all the artist's albums.
            double perArtist = SearchPlanner.ratio(catalog.counter("albums"), catalog.counter("artists"));
            List<String> planned = SearchPlanner.rarestFirst(session, patterns,
                    count -> count.albumTerms + count.artistTerms * perArtist);
            AlbumRow anchor = afterId == null ? null : mapper.selectById(afterId);
            List<AlbumRow> rows = anchor == null
                    ? mapper.search(planned, page.offset(), page.limit(), null, null)
                    : mapper.search(planned, page.offset(), page.limit(), anchor.title, anchor.id);
            return page(page, mapper.countSearch(planned), rows);
        });
    }

    @Override
    public Page<Album> findByArtist(ArtistId artist, PageRequest page) {
        Objects.requireNonNull(artist, "artist");
        Long afterId = page.after() == null ? null : Cursor.ALBUM.decode(page.after())[0];
        return transactions.read(session -> {
            AlbumMapper mapper = session.getMapper(AlbumMapper.class);
            AlbumRow anchor = afterId == null ? null : mapper.selectById(afterId);
            List<AlbumRow> rows = anchor == null
                    ? mapper.selectByArtist(artist.value(), page.offset(), page.limit(), null, null, null)
                    : mapper.selectByArtist(artist.value(), page.offset(), page.limit(),
                            anchor.year == null ? -1 : anchor.year, anchor.title, anchor.id);
            return page(page, mapper.countByArtist(artist.value()), rows);
        });
    }

    private static Page<Album> page(PageRequest page, long total, List<AlbumRow> rows) {
        String next = MyBatisTracks.hasNext(page, total, rows.size())
                ? Cursor.ALBUM.encode(rows.get(rows.size() - 1).id) : null;
        return new Page<>(rows.stream().map(AlbumRow::toAlbum).toList(), total, page, next);
    }
}
