package io.tonearm.bootstrap.architecture.violations.cycle.right;

import io.tonearm.bootstrap.architecture.violations.cycle.left.Left;

/** The other half of a package cycle: right needs left. */
public final class Right {
    public Left left() {
        return new Left();
    }
}
