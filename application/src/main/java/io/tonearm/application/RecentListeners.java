package io.tonearm.application;

import io.tonearm.domain.user.UserId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Listeners' views, made once per listener while they keep reading: a view holds nothing but its listener and the
 * shared ports, so the one made for a listener serves every later request of theirs. Kept in a fixed number of
 * slots ({@value #SLOTS}), a listener in the slot of their id's hash; two listeners of one slot take turns, each
 * getting a new view when the other had the slot last.
 */
final class RecentListeners implements Listeners {
    static final int SLOTS = 256;

    private final Function<UserId, ListenerLibraryService> views;
    private final AtomicReferenceArray<ListenerLibraryService> slots = new AtomicReferenceArray<>(SLOTS);

    RecentListeners(Function<UserId, ListenerLibraryService> views) {
        this.views = views;
    }

    @Override
    public ListenerLibrary of(UserId listener) {
        Objects.requireNonNull(listener, "listener");
        int slot = Math.floorMod(listener.hashCode(), SLOTS);
        ListenerLibraryService kept = slots.get(slot);
        if (kept != null && kept.listener().equals(listener)) {
            return kept;
        }
        ListenerLibraryService made = views.apply(listener);
        slots.set(slot, made);
        return made;
    }
}
