package io.tonearm.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listener's view is made once and handed out again; a slot shared by two listeners is taken in turns. */
class RecentListenersTest {
    private final List<UserId> made = new ArrayList<>();
    private final RecentListeners listeners = new RecentListeners(listener -> {
        made.add(listener);
        return new ListenerLibraryService(listener, null, null, null, null, null, InvalidationListener.NONE, null);
    });

    @Test
    void aListenersView_isMadeOnce_andIsTheirs() {
        ListenerLibrary first = listeners.of(UserId.of(7));

        assertThat(listeners.of(UserId.of(7))).isSameAs(first);
        assertThat(first.listener()).isEqualTo(UserId.of(7));
        assertThat(made).containsExactly(UserId.of(7));
    }

    @Test
    void twoListeners_getTheirOwnViews() {
        ListenerLibrary sam = listeners.of(UserId.of(1));
        ListenerLibrary kim = listeners.of(UserId.of(2));

        assertThat(sam.listener()).isEqualTo(UserId.of(1));
        assertThat(kim.listener()).isEqualTo(UserId.of(2));
        assertThat(listeners.of(UserId.of(1))).isSameAs(sam);
        assertThat(listeners.of(UserId.of(2))).isSameAs(kim);
    }

    @Test
    void listenersOfOneSlot_takeTurns_eachAlwaysGettingTheirOwnView() {
        UserId one = UserId.of(3);
        UserId sameSlot = UserId.of(3 + RecentListeners.SLOTS);

        assertThat(listeners.of(one).listener()).isEqualTo(one);
        assertThat(listeners.of(sameSlot).listener()).isEqualTo(sameSlot);
        assertThat(listeners.of(one).listener()).isEqualTo(one);
        assertThat(made).containsExactly(one, sameSlot, one);
    }

    @Test
    void noListener_isRefused() {
        assertThatThrownBy(() -> listeners.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listener");
    }
}
