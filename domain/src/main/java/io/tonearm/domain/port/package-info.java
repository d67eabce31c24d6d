/**
 * The library's secondary ports: what the use cases need from the outside world. Repositories for tracks,
 * albums, artists and plays, and the query cache. Signatures use only domain types and {@code java.*}, so an
 * adapter can be swapped without touching the use cases.
 */
package io.tonearm.domain.port;
