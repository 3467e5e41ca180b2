package io.kinerja.server.auth;

/** A signed-in user; {@code admin} administers the whole organisation (every unit, users, the audit log). */
public record User(String username, boolean admin) {}
