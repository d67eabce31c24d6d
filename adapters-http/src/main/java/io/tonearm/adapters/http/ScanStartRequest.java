package io.tonearm.adapters.http;

/**
 * The optional body of {@code POST /api/library/scans}.
 *
 * @param root the directory to scan, inside one of the library's directories; null for the first of them
 * @param full true to read every file again; null or false for a rescan of new and changed files only
 */
record ScanStartRequest(String root, Boolean full) {
}
