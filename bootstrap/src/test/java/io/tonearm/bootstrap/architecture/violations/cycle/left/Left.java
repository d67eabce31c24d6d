package io.tonearm.bootstrap.architecture.violations.cycle.left;

import io.tonearm.bootstrap.architecture.violations.cycle.right.Right;

/** Half of a package cycle: left needs right. */
public final class Left {
    public Right right() {
        return new Right();
    }
}
