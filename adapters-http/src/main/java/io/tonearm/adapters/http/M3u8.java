package io.tonearm.adapters.http;

import io.tonearm.domain.Track;
import io.tonearm.domain.playlist.Playlist;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Extended M3U playlists in UTF-8 (M3U8), as media players write and read them: a {@code #EXTM3U} header, a
 * {@code #PLAYLIST:} line with the name, then per track an {@code #EXTINF:<seconds>,<artists> - <title>} line and
 * its path (as the catalog stores it, or relative to its library root).
 */
final class M3u8 {
    /** The media type players register for M3U8; {@code application/vnd.apple.mpegurl} is read too. */
    static final String MEDIA_TYPE = "audio/x-mpegurl";
    private static final String APPLE = "application/vnd.apple.mpegurl";

    private M3u8() {
    }

    /** @return whether a Content-Type or Accept value names an M3U8 playlist */
    static boolean names(String mediaTypes) {
        if (mediaTypes == null) {
            return false;
        }
        for (String part : mediaTypes.split(",")) {
            String type = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals(MEDIA_TYPE) || type.equals(APPLE) || type.equals("audio/mpegurl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param path how each track's path is written (as stored, or relative to its library root)
     * @return the playlist with these tracks (all of its tracks, in order) as M3U8 text
     */
    static String write(Playlist playlist, List<Track> tracks, Function<String, String> path) {
        StringBuilder text = new StringBuilder("#EXTM3U\n");
        text.append("#PLAYLIST:").append(oneLine(playlist.name())).append('\n');
        for (Track track : tracks) {
            text.append("#EXTINF:").append(track.duration().toSeconds()).append(',')
                    .append(oneLine(String.join(", ", track.artists()) + " - " + track.title())).append('\n')
                    .append(path.apply(track.path())).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads an M3U8 playlist.
     *
     * @return its name ({@code #PLAYLIST:}, or null) and its paths in order; comments, directives and blank lines
     *     are skipped, a {@code file://} URL is read as its path
     */
    static Parsed read(String text) {
        String name = null;
        List<String> paths = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String raw : body.split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (line.startsWith("#PLAYLIST:")) {
                name = line.substring("#PLAYLIST:".length()).strip();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                paths.add(line.startsWith("file://") ? fileUrlPath(line) : line);
            }
        }
        return new Parsed(name, paths);
    }

    /** What an M3U8 text holds: its name, or null, and its paths. */
    record Parsed(String name, List<String> paths) {
    }

    private static String fileUrlPath(String url) {
        try {
            return Path.of(URI.create(url)).toString();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return url;
        }
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
