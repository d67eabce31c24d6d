package io.tonearm.adapters.http;

/** The body of {@code POST /api/session}: the user name and password to sign the browser in with. */
record SignInRequest(String name, String password) {
}
