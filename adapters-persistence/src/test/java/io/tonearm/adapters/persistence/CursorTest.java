package io.tonearm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.domain.InvalidValueException;
import io.tonearm.domain.PageRequest;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursor_decodesToTheKeysItWasMadeOf() {
        String token = Cursor.RECENT.encode(1_717_243_200_123_456L, 42);

        assertThat(Cursor.RECENT.decode(token)).containsExactly(1_717_243_200_123_456L, 42);
        assertThat(token).doesNotContain(":").matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theLongestCursor_fitsWhatAPageRequestAccepts() {
        String token = Cursor.ALBUM_TRACK.encode(Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE);

        assertThat(new PageRequest(0, 1, token).after()).isEqualTo(token);
    }

    @Test
    void garbage_orACursorOfAnotherKind_isRejectedNamingAfter() {
        String popular = Cursor.POPULAR.encode(3, 4);

        for (String bad : new String[] {"%%%", "aGVsbG8", popular, Cursor.TRACK_ID.encode(1) + "x",
                java.util.Base64.getUrlEncoder().encodeToString("r:1:x".getBytes())}) {
            assertThatThrownBy(() -> Cursor.RECENT.decode(bad))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("after");
        }
    }
}
