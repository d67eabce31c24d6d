package io.tonearm.domain.enrichment;

/** The sizes in which the Cover Art Archive serves front covers (the longer side, in pixels). */
public enum CoverSize {
    /** 250 px. */
    SMALL(250),
    /** 500 px. */
    MEDIUM(500),
    /** 1200 px. */
    LARGE(1200);

    private final int pixels;

    CoverSize(int pixels) {
        this.pixels = pixels;
    }

    /** @return the longer side in pixels */
    public int pixels() {
        return pixels;
    }
}
