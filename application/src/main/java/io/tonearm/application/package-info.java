/**
 * The library's use cases, on top of the domain's ports. Every read goes through the
 * {@link io.tonearm.domain.port.QueryCache} under a named query; every change invalidates, from one declared
 * table, exactly the named queries whose results it can change. Obtain an implementation with
 * {@link io.tonearm.application.Library#create}.
 */
package io.tonearm.application;
