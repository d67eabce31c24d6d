package io.tonearm.adapters.persistence;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the walkers of one {@link LibraryWalk} share: the directories one walker found and left for another
 * (a few at most, so that memory stays flat however wide the library), the real directories already entered,
 * and whether the walk is over. The walk is over when no directory waits and no walker is walking one.
 */
final class WalkPlan {
    /** Directories waiting beyond this many are walked by the walker that found them. */
    private static final int WAITING_PER_WALKER = 8;

    /** A directory to walk: the path the files are named by, and where it really is. */
    record Directory(Path path, Path realPath) {
    }

    private final Path realRoot;
    private final int maxWaiting;
    private final Deque<Directory> waiting = new ArrayDeque<>();
    private final Set<Path> entered = ConcurrentHashMap.newKeySet();
    private int walking;
    private volatile boolean stopped;

    WalkPlan(Directory root, int walkers) {
        this.realRoot = root.realPath();
        this.maxWaiting = WAITING_PER_WALKER * walkers;
        entered.add(root.realPath());
        waiting.add(root);
    }

    Path realRoot() {
        return realRoot;
    }

    /** @return whether {@code realDirectory} is entered by this call, false if it was entered before */
    boolean enter(Path realDirectory) {
        return entered.add(realDirectory);
    }

    /**
     * Leaves {@code directory}, already entered, to whichever walker is free next.
     *
     * @return false if enough directories wait already: the caller walks it itself
     */
    synchronized boolean leave(Directory directory) {
        if (stopped || waiting.size() >= maxWaiting) {
            return false;
        }
        waiting.add(directory);
        notify();
        return true;
    }

    /** @return a directory to walk without waiting for one (then walk it and call {@link #walked()}), or null */
    synchronized Directory poll() {
        if (waiting.isEmpty() || stopped) {
            return null;
        }
        walking++;
        return waiting.poll();
    }

    /**
     * Waits for a directory to walk; the caller then walks it and calls {@link #walked()}.
     *
     * @return the directory, or null when the walk is over or stopped
     * @throws InterruptedException if the walker is interrupted while waiting
     */
    synchronized Directory take() throws InterruptedException {
        while (waiting.isEmpty() && walking > 0 && !stopped) {
            wait();
        }
        if (waiting.isEmpty() || stopped) {
            notifyAll(); // over: the other waiting walkers see it too
            return null;
        }
        walking++;
        return waiting.poll();
    }

    /** Marks the directory last taken as walked, with everything below it that was not left to others. */
    synchronized void walked() {
        walking--;
        if (walking == 0 && waiting.isEmpty()) {
            notifyAll();
        }
    }

    boolean stopped() {
        return stopped;
    }

    /** Ends the walk early: waiting walkers return, walking ones stop at their next directory. */
    synchronized void stop() {
        stopped = true;
        waiting.clear();
        notifyAll();
    }
}
