package io.tonearm.adapters.http.violations;

/** An adapter writing to the console instead of logging through SLF4J. */
final class RequestPrinter {
    void print(String path) {
        System.out.println("GET " + path);
    }
}
