package io.tonearm.domain.violations;

import com.google.common.collect.ImmutableList;

/** Breaks the dependency rule: a domain value typed with a third-party collection. */
public record ValueUsingGuava(ImmutableList<String> names) {
}
