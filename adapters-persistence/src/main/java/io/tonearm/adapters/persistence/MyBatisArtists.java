package io.tonearm.adapters.persistence;

import io.tonearm.adapters.persistence.transactions.Transactions;
import io.tonearm.domain.Artist;
import io.tonearm.domain.ArtistId;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.SearchQuery;
import io.tonearm.domain.port.Artists;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link Artists} on MariaDB through MyBatis. A cursor names the last artist of a page; its name is read back
 * by id to seek from (a name does not fit the cursor's 200 characters). If that artist has gone meanwhile,
 * the page falls back to its offset.
 */
final class MyBatisArtists implements Artists {
    private final Transactions transactions;

    @Inject
    MyBatisArtists(Transactions transactions) {
        this.transactions = transactions;
    }

    MyBatisArtists(SqlSessionFactory factory) {
        this(new Transactions(factory));
    }

    @Override
    public Optional<Artist> findById(ArtistId id) {
        Objects.requireNonNull(id, "id");
        return transactions.read(session ->
                Optional.ofNullable(session.getMapper(ArtistMapper.class).selectById(id.value())).map(ArtistRow::toArtist));
    }

    @Override
    public Page<Artist> findAll(PageRequest page) {
        Long afterId = page.after() == null ? null : Cursor.ARTIST.decode(page.after())[0];
        return transactions.read(session -> {
            ArtistMapper mapper = session.getMapper(ArtistMapper.class);
            ArtistRow anchor = afterId == null ? null : mapper.selectById(afterId);
            List<ArtistRow> rows = anchor == null
                    ? mapper.selectAll(page.offset(), page.limit(), null, null)
                    : mapper.selectAll(page.offset(), page.limit(), anchor.name, anchor.id);
            return page(page, session.getMapper(CatalogMapper.class).counter("artists"), rows);
        });
    }

    @Override
    public Page<Artist> search(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Long afterId = page.after() == null ? null : Cursor.ARTIST.decode(page.after())[0];
        List<String> patterns = SearchTerms.prefixPatterns(query);
        if (patterns.isEmpty()) {
            return Page.empty(0, page);
        }
        return transactions.read(session -> {
            ArtistMapper mapper = session.getMapper(ArtistMapper.class);
            List<String> planned = SearchPlanner.rarestFirst(session, patterns, count -> count.artistTerms);
            ArtistRow anchor = afterId == null ? null : mapper.selectById(afterId);
            List<ArtistRow> rows = anchor == null
                    ? mapper.search(planned, page.offset(), page.limit(), null, null)
                    : mapper.search(planned, page.offset(), page.limit(), anchor.name, anchor.id);
            return page(page, mapper.countSearch(planned), rows);
        });
    }

    private static Page<Artist> page(PageRequest page, long total, List<ArtistRow> rows) {
        String next = MyBatisTracks.hasNext(page, total, rows.size())
                ? Cursor.ARTIST.encode(rows.get(rows.size() - 1).id) : null;
        return new Page<>(rows.stream().map(ArtistRow::toArtist).toList(), total, page, next);
    }
}
