/** Planted violations of the rules that are not tied to one module's package. */
package io.tonearm.bootstrap.architecture.violations;
