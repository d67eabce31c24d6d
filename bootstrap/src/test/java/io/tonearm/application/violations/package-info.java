/** Planted violations in the application's package, so that the application rules cover them. */
package io.tonearm.application.violations;
