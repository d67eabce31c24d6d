package io.tonearm.adapters.http;

/** The body of {@code POST /api/users}. */
record NewUserRequest(String name, String password, Boolean admin) {
}
