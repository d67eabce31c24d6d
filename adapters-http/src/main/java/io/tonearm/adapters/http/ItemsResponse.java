package io.tonearm.adapters.http;

import java.util.List;

/** An unpaged answer, such as the matches of a bulk lookup. */
record ItemsResponse<T>(List<T> items) {
}
