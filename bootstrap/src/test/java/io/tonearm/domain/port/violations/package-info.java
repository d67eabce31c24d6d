/**
 * Planted ports, each breaking one API guideline, in the ports' package so that the guideline rules cover
 * them (the architecture test's import leaves test classes out).
 */
package io.tonearm.domain.port.violations;
