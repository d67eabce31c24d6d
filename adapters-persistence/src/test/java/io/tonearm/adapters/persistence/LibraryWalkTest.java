package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.AudioFile;
import io.tonearm.domain.FileFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LibraryWalk} on one and on several walker threads: every file once, every problem where it was met. */
class LibraryWalkTest {

    @TempDir
    Path root;

    /** Writes a tree 4 directories wide and 4 deep, and a chain 40 deep, a song and a text file in each. */
    private Set<Path> deepAndWideTree() throws IOException {
        Set<Path> songs = new HashSet<>();
        List<Path> level = List.of(root);
        for (int depth = 0; depth < 4; depth++) {
            List<Path> next = new ArrayList<>();
            for (Path parent : level) {
                for (int i = 0; i < 4; i++) {
                    next.add(Files.createDirectories(parent.resolve("d" + i)));
                }
            }
            level = next;
            level.forEach(directory -> songs.add(song(directory)));
        }
        Path chain = root;
        for (int depth = 0; depth < 40; depth++) {
            chain = Files.createDirectories(chain.resolve("c" + depth));
            songs.add(song(chain));
        }
        songs.add(song(root));
        return songs;
    }

    private static Path song(Path directory) {
        try {
            Files.writeString(directory.resolve("notes.txt"), "not audio");
            return Files.writeString(directory.resolve("song.mp3"), "").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Walked(List<AudioFile> files, List<FileFailure> problems, Set<Thread> problemThreads) {
    }

    private Walked walk(Path from, int walkers) throws IOException {
        List<AudioFile> files = new ArrayList<>();
        List<FileFailure> problems = new ArrayList<>();
        Set<Thread> problemThreads = new HashSet<>();
        try (LibraryWalk walk = new LibraryWalk(from, problem -> {
            problems.add(problem);
            problemThreads.add(Thread.currentThread());
        }, walkers)) {
            walk.forEachRemaining(files::add);
        }
        return new Walked(files, problems, problemThreads);
    }

    private static List<Path> realPaths(List<AudioFile> files) {
        return files.stream().map(file -> {
            try {
                return Path.of(file.path()).toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aDeepAndWideTree_withALinkLoopAndASecondLinkToAWalkedDirectory_givesEveryFileExactlyOnce(int walkers)
            throws IOException {
        Set<Path> songs = deepAndWideTree();
        Path loop = Files.createSymbolicLink(root.resolve("d1/d2/d3/back-to-d1"), root.resolve("d1"));
        Files.createSymbolicLink(root.resolve("d3/d0/alias-of-d2"), root.resolve("d2"));

        Walked walked = walk(root, walkers);

        assertThat(realPaths(walked.files())).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(songs);
        assertThat(walked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(loop.toString());
            assertThat(problem.reason()).contains("loop");
        });
        assertThat(walked.problemThreads()).containsExactly(Thread.currentThread());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void linksOutOfTheRoot_andBrokenLinks_areReportedEachByItsPath_onTheConsumersThread(int walkers,
            @TempDir Path outside) throws IOException {
        Set<Path> songs = deepAndWideTree();
        song(outside);
        Path escape = Files.createSymbolicLink(root.resolve("d0/d1/escape"), outside);
        Path broken = Files.createSymbolicLink(root.resolve("d2/d2/d2/broken.mp3"), root.resolve("gone.mp3"));

        Walked walked = walk(root, walkers);

        assertThat(realPaths(walked.files())).containsExactlyInAnyOrderElementsOf(songs);
        assertThat(walked.problems()).extracting(FileFailure::path)
                .containsExactlyInAnyOrder(escape.toString(), broken.toString());
        assertThat(walked.problemThreads()).containsExactly(Thread.currentThread());
    }

    /**
     * A directory that cannot be opened (unreadable, or gone since it was listed). Permissions cannot make one
     * here, since the tests may run as root, so the walker is handed a directory that is gone: the same
     * failure of the same call.
     */
    @Test
    void aDirectoryThatCannotBeOpened_isReportedByItsPath_andTheWalkerGoesOn() throws Exception {
        Path gone = root.resolve("gone");
        WalkPlan plan = new WalkPlan(new WalkPlan.Directory(gone, gone), 1);
        List<WalkChunk> chunks = new ArrayList<>();
        List<Throwable> endings = new ArrayList<>();

        new DirectoryWalker(plan, new DirectoryWalker.Output() {
            @Override
            public void put(WalkChunk chunk) {
                chunks.add(chunk);
            }

            @Override
            public void walkerEnded(Throwable failure) {
                endings.add(failure);
            }
        }).run();

        assertThat(chunks).flatExtracting(WalkChunk::problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(gone.toString());
            assertThat(problem.reason()).startsWith("cannot open directory");
        });
        assertThat(endings).as("ended normally, once").containsExactly((Throwable) null);
    }

    @Test
    void closingAWalkEarly_endsItsWalkers() throws IOException {
        deepAndWideTree();

        try (LibraryWalk walk = new LibraryWalk(root, problem -> { }, 3)) {
            assertThat(walk.hasNext()).isTrue();
            walk.next();
        }

        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("tonearm-walk-"));
    }

    @Test
    void aRootThatIsNotADirectory_failsTheWalkItself() throws IOException {
        Path file = Files.writeString(root.resolve("song.mp3"), "");

        assertThatThrownBy(() -> new LibraryWalk(file, problem -> { }, 2)).isInstanceOf(IOException.class);
    }
}
