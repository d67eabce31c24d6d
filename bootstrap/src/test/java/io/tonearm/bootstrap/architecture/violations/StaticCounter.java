package io.tonearm.bootstrap.architecture.violations;

/** State shared by every instance and every test through a static field. */
final class StaticCounter {
    private static int requests;

    private StaticCounter() {
    }

    static int next() {
        return ++requests;
    }
}
