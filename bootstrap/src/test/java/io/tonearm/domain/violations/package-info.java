/**
 * Planted violations of the domain rules, compiled in bootstrap's test sources: they live in the domain's
 * package so that the rules cover them, and the architecture test's import leaves test classes out.
 */
package io.tonearm.domain.violations;
