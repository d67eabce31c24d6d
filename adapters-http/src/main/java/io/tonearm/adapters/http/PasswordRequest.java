package io.tonearm.adapters.http;

/**
 * The body of {@code PUT /api/users/{id}/password}: the new password, and the current one when users change
 * their own (admins need not give it).
 */
record PasswordRequest(String password, String currentPassword) {
}
