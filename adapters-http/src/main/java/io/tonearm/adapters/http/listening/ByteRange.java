package io.tonearm.adapters.http.listening;

/**
 * One satisfiable range of a representation of {@code size} bytes: {@code first} to {@code last}, inclusive.
 */
record ByteRange(long first, long last, long size) {
    ByteRange {
        if (first < 0 || last < first || last >= size) {
            throw new IllegalArgumentException("not a range of " + size + " bytes: " + first + "-" + last);
        }
    }

    long length() {
        return last - first + 1;
    }

    /** @return the value of {@code Content-Range} for this range */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
