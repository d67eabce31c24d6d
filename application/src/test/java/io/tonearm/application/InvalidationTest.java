package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvalidationTest {

    @Test
    void anInvalidation_keepsACopyOfItsSets() {
        Set<String> queries = new HashSet<>(Set.of("all-tracks"));
        Invalidation invalidation = new Invalidation("TRACKS_ADDED", queries, Set.of("recent"), Set.of("track"));
        queries.add("album");

        assertThat(invalidation.queries()).containsExactly("all-tracks");
        assertThat(invalidation.partitionQueries()).containsExactly("recent");
        assertThat(invalidation.entryQueries()).containsExactly("track");
    }

    @Test
    void anInvalidation_needsAChangeAndItsSets() {
        assertThatNullPointerException().isThrownBy(() -> new Invalidation(null, Set.of(), Set.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new Invalidation("X", null, Set.of(), Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new Invalidation("X", Set.of(), null, Set.of()));
        assertThatNullPointerException().isThrownBy(() -> new Invalidation("X", Set.of(), Set.of(), null));
    }

    @Test
    void none_listensToNothing() {
        InvalidationListener.NONE.invalidated(new Invalidation("X", Set.of(), Set.of(), Set.of()));
        assertThat(InvalidationListener.NONE).isNotNull();
    }
}
