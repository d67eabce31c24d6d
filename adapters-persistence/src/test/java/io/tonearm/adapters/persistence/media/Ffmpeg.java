package io.tonearm.adapters.persistence.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real ffmpeg and ffprobe the transcoding tests run. Without them those tests fail with one line saying how
 * to install them: they are never skipped.
 */
final class Ffmpeg {
    static final String MISSING = "ffmpeg and ffprobe are needed by the transcoding tests and were not found on the "
            + "PATH; install them: sudo apt-get install -y ffmpeg (Debian/Ubuntu; .ci/run does it)";

    private Ffmpeg() {
    }

    /** @throws AssertionError saying how to install ffmpeg, if it is not on the PATH */
    static void requireInstalled() {
        for (String tool : List.of("ffmpeg", "ffprobe")) {
            String path = System.getenv("PATH");
            boolean found = false;
            for (String directory : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
                found |= !directory.isEmpty() && Files.isExecutable(Path.of(directory, tool));
            }
            if (!found) {
                throw new AssertionError(MISSING);
            }
        }
    }

    /** Makes a FLAC of a sine tone of this many seconds. */
    static Path sine(Path file, int seconds) throws IOException, InterruptedException {
        run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=44100:duration=" + seconds, "-ac", "2", "-c:a", "flac",
                "file:" + file));
        return file;
    }

    /** @return ffprobe's {@code codec_name} and {@code bit_rate} of the first audio stream, as "name bitrate" */
    static String probe(Path file) throws IOException, InterruptedException {
        return run(List.of("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                "stream=codec_name,bit_rate", "-of", "default=noprint_wrappers=1:nokey=1", "file:" + file))
                .strip().replace('\n', ' ');
    }

    /** @return ffprobe's duration of the file in seconds (of the container, as players read it) */
    static double duration(Path file) throws IOException, InterruptedException {
        return Double.parseDouble(run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                "default=noprint_wrappers=1:nokey=1", "file:" + file)).strip());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + output);
        }
        return output;
    }
}
