/**
 * The music library's model: tracks, albums, artists, plays and paging values. Every type here is an
 * immutable value that validates itself on construction and depends on nothing but {@code java.*}.
 */
package io.tonearm.domain;
