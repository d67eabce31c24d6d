package io.tonearm.adapters.persistence.media;

import io.tonearm.adapters.persistence.Mp3HeaderLock;
import io.tonearm.domain.Track;
import io.tonearm.domain.lyrics.Lyrics;
import io.tonearm.domain.lyrics.LyricsSource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;

/**
 * Lyrics read from the files on every request (a small file or a tag; nothing is cached): first a sidecar
 * {@code .lrc} beside the audio file with the same base name ({@code 01 Song.flac} → {@code 01 Song.lrc}, or
 * {@code .LRC}), then the file's own lyrics tag ({@link FieldKey#LYRICS}: ID3's USLT, Vorbis' LYRICS, MP4's ©lyr),
 * each read as LRC when it has times ({@link Lrc}).
 */
final class FileLyrics implements LyricsSource {
    /** A sidecar larger than this is no lyrics file and is not read. */
    static final long MAX_SIDECAR_BYTES = 1 << 20;

    @Inject
    FileLyrics() {
    }

    @Override
    public Optional<Lyrics> find(Track track) {
        Objects.requireNonNull(track, "track");
        Path audio;
        try {
            audio = Path.of(track.path());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return sidecar(audio).or(() -> embedded(audio));
    }

    private static Optional<Lyrics> sidecar(Path audio) {
        Path name = audio.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String file = name.toString();
        int dot = file.lastIndexOf('.');
        String base = dot <= 0 ? file : file.substring(0, dot);
        for (String extension : List.of(".lrc", ".LRC", ".Lrc")) {
            Path lrc = audio.resolveSibling(base + extension);
            try {
                if (Files.isRegularFile(lrc) && Files.size(lrc) <= MAX_SIDECAR_BYTES) {
                    Optional<Lyrics> lyrics = Lrc.parse(text(Files.readAllBytes(lrc)));
                    if (lyrics.isPresent()) {
                        return lyrics;
                    }
                }
            } catch (IOException e) {
                // unreadable: the tag may still have them
            }
        }
        return Optional.empty();
    }

    /** @return the bytes as UTF-8, or as Latin-1 (older LRC files) when they are not UTF-8 */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<Lyrics> embedded(Path audio) {
        try {
            Tag tag = Mp3HeaderLock.read(audio.toFile()).getTag();
            String text = tag == null ? null : tag.getFirst(FieldKey.LYRICS);
            return text == null || text.isBlank() ? Optional.empty() : Lrc.parse(text);
        } catch (Exception e) { // jaudiotagger throws anything for a file it cannot read: no lyrics then
            return Optional.empty();
        }
    }
}
