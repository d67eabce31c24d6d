package io.tonearm.adapters.persistence.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ffmpeg process and the followers of its output. A pump thread copies the process's output into a scratch
 * file of the cache and tells the followers; each follower reads the scratch file from the start at its own pace.
 * When the process ends well the scratch file becomes the kept transcode. When the last follower leaves before
 * that, the process is killed and the scratch file deleted.
 */
final class TranscodeJob {
    private static final Logger LOG = LoggerFactory.getLogger(TranscodeJob.class);
    private static final int PUMP_BUFFER = 64 * 1024;

    /** Told once the job is over, whatever the outcome, so its slot and its entry can be freed. */
    interface Ending {
        void ended(TranscodeJob job, boolean kept);
    }

    private final String key;
    private final Process process;
    private final Path scratch;
    private final Path target;
    private final Ending ending;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();
    private long written;
    private boolean finished;
    private String failure;
    private int followers;
    private boolean abandoned;

    private TranscodeJob(String key, Process process, Path scratch, Path target, Ending ending) {
        this.key = key;
        this.process = process;
        this.scratch = scratch;
        this.target = target;
        this.ending = ending;
    }

    /** Starts the process (its output to the pump, its errors discarded) and the pump. */
    static TranscodeJob start(String key, ProcessBuilder command, Path scratch, Path target, Ending ending)
            throws IOException {
        Process process = command.redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close(); // ffmpeg reads nothing from us
        TranscodeJob job = new TranscodeJob(key, process, scratch, target, ending);
        Thread pump = new Thread(job::pump, "transcode-" + key.substring(0, 8));
        pump.setDaemon(true);
        pump.start();
        return job;
    }

    String key() {
        return key;
    }

    /** @return a new follower from the start, or null if the job is over (kept, abandoned or failed) */
    ReadableByteChannel follow() throws IOException {
        lock.lock();
        try {
            if (finished || abandoned || failure != null) {
                return null;
            }
            Follower follower = new Follower(FileChannel.open(scratch, StandardOpenOption.READ));
            followers++;
            return follower;
        } finally {
            lock.unlock();
        }
    }

    private void pump() {
        boolean kept = false;
        try (InputStream out = process.getInputStream();
             FileChannel file = FileChannel.open(scratch, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            byte[] buffer = new byte[PUMP_BUFFER];
            int read;
            while ((read = out.read(buffer)) >= 0) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
                advance(read);
            }
            int exit = process.waitFor();
            if (exit != 0) {
                fail("ffmpeg ended with exit code " + exit);
            } else {
                kept = keep();
            }
        } catch (IOException e) {
            fail(isAbandoned() ? "abandoned" : "transcoding failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            fail("interrupted");
        } catch (RuntimeException e) {
            fail("transcoding failed: " + e);
        } finally {
            if (!kept) {
                fail("ended without output"); // no follower may wait on a job that is over
                deleteScratch();
            }
            ending.ended(this, kept);
        }
    }

    private void advance(int bytes) {
        lock.lock();
        try {
            written += bytes;
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Moves the output to its kept name under the lock, so that no follower opens the scratch file after. */
    private boolean keep() throws IOException {
        lock.lock();
        try {
            if (abandoned) {
                return false;
            }
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            finished = true;
            progressed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void fail(String reason) {
        lock.lock();
        try {
            if (failure != null) {
                return;
            }
            if (!abandoned) {
                LOG.warn("transcode {} failed: {}", key, reason);
            }
            failure = reason;
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean isAbandoned() {
        lock.lock();
        try {
            return abandoned;
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        boolean kill;
        lock.lock();
        try {
            followers--;
            kill = followers == 0 && !finished && failure == null;
            if (kill) {
                abandoned = true;
            }
        } finally {
            lock.unlock();
        }
        if (kill) {
            LOG.debug("transcode {}: its last listener left, ffmpeg stopped", key);
            process.destroyForcibly(); // its output closes: the pump ends and frees the slot
        }
    }

    private void deleteScratch() {
        try {
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", scratch, e);
        }
    }

    /** @return true while the ffmpeg process runs */
    boolean isRunning() {
        return process.isAlive();
    }

    /** One request's reading of the output, from the start; waits for the pump when it has caught up. */
    private final class Follower implements ReadableByteChannel {
        private final FileChannel file;
        private long position;
        private boolean open = true;

        Follower(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            if (!destination.hasRemaining()) {
                return 0;
            }
            lock.lock();
            try {
                while (position >= written && !finished && failure == null) {
                    progressed.awaitUninterruptibly();
                }
                if (position >= written) {
                    if (finished) {
                        return -1;
                    }
                    throw new IOException("the transcode stopped: " + failure);
                }
            } finally {
                lock.unlock();
            }
            int read = file.read(destination, position);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            if (!open) {
                return;
            }
            open = false;
            try {
                file.close();
            } finally {
                leave();
            }
        }
    }
}
