package io.tonearm.application.enrichment;

import io.tonearm.application.TrackCommands;
import io.tonearm.application.TrackQueries;
import io.tonearm.domain.AlbumId;
import io.tonearm.domain.AudioFile;
import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.MusicBrainzTags;
import io.tonearm.domain.Page;
import io.tonearm.domain.PageRequest;
import io.tonearm.domain.TagWriteException;
import io.tonearm.domain.Track;
import io.tonearm.domain.TrackChanges;
import io.tonearm.domain.enrichment.AlbumMatch;
import io.tonearm.domain.enrichment.ArtistCredit;
import io.tonearm.domain.enrichment.MusicBrainzId;
import io.tonearm.domain.enrichment.Release;
import io.tonearm.domain.port.AudioFiles;
import io.tonearm.domain.port.TrackFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link MatchWriteBack} through the audio files port, one file at a time. */
final class FileMatchWriteBack implements MatchWriteBack {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private final TrackQueries tracks;
    private final TrackCommands catalog;
    private final AudioFiles files;
    private final TrackFiles trackFiles;

    FileMatchWriteBack(TrackQueries tracks, TrackCommands catalog, AudioFiles files, TrackFiles trackFiles) {
        this.tracks = tracks;
        this.catalog = catalog;
        this.files = files;
        this.trackFiles = trackFiles;
    }

    @Override
    public Report write(AlbumMatch match) {
        Release release = match.release();
        List<String> albumArtists = release.artists().stream().map(credit -> credit.id().value()).toList();
        int written = 0;
        List<String> failures = new ArrayList<>();
        for (Track track : albumTracks(match.album())) {
            TrackChanges fill;
            AudioFile file;
            try {
                // fill in, never replace: a value the track has may be a person's
                fill = new TrackChanges(null, null, null, null, null, null,
                        track.year() == null ? year(release) : null,
                        track.genre() == null && !release.genres().isEmpty() ? release.genres().get(0) : null);
                String recording = recording(track, release);
                if (fill.isEmpty() && release.id().value().equals(track.musicBrainz().releaseId())
                        && (recording == null || recording.equals(track.musicBrainz().recordingId()))) {
                    continue; // tagged with this release already (by Picard or beets): nothing to add
                }
                MusicBrainzTags tags = new MusicBrainzTags(release.id().value(),
                        release.releaseGroup() == null ? null : release.releaseGroup().value(), albumArtists,
                        artistId(track, release), recording, release.label());
                file = files.writeTags(track.path(), fill, tags);
            } catch (TagWriteException e) {
                failures.add(e.getMessage());
                continue;
            } catch (InvalidValueException e) {
                failures.add("cannot write tags to " + track.path() + ": " + e.getMessage());
                continue;
            }
            // as the API's write-back does: the new size and time first, so that the next scan finds the file
            // unchanged (and keeps what a person set in the catalog only), then the filled-in fields
            trackFiles.setFileFacts(track.id(), file.size(), file.modifiedAt());
            if (!fill.isEmpty()) {
                try {
                    catalog.updateTrack(track.id(), fill);
                } catch (RuntimeException e) {
                    // the catalog misses what the file has: the old facts make the next scan read the file again
                    try {
                        trackFiles.setFileFacts(track.id(), track.fileSize(), track.fileModifiedAt());
                    } catch (RuntimeException restoreFailure) {
                        e.addSuppressed(restoreFailure);
                    }
                    throw e;
                }
            }
            written++;
        }
        return new Report(written, failures);
    }

    private List<Track> albumTracks(AlbumId album) {
        List<Track> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Track> page = tracks.getAlbumTracks(album, request);
            all.addAll(page.items());
            if (page.items().size() < request.limit()) {
                return all;
            }
            request = request.next(page.items().size(), page.nextCursor());
        }
    }

    private static Integer year(Release release) {
        if (release.date() == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(release.date());
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** @return the recording at the track's disc (1 when untagged) and number on the release, or null */
    private static String recording(Track track, Release release) {
        if (track.trackNumber() == null) {
            return null;
        }
        int disc = track.discNumber() == null ? 1 : track.discNumber();
        return release.recordingAt(disc, track.trackNumber()).map(MusicBrainzId::value).orElse(null);
    }

    /** @return the release's first artist's id when the track is credited to the release's artists, else null */
    private static String artistId(Track track, Release release) {
        List<String> credited = release.artists().stream().map(ArtistCredit::name).map(FileMatchWriteBack::folded)
                .toList();
        List<String> trackArtists = track.artists().stream().map(FileMatchWriteBack::folded).toList();
        return credited.equals(trackArtists) ? release.artists().get(0).id().value() : null;
    }

    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
