package io.tonearm.domain.port.violations;

import io.tonearm.adapters.persistence.violations.JdbcTracks;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A port that cannot be implemented or called without JDBC or a persistence adapter class. */
public interface PortNamingAdapterTypes {
    Optional<Track> findById(TrackId id, Connection connection) throws SQLException;

    List<JdbcTracks> shards();
}
