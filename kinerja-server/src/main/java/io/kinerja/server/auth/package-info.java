/**
 * Who is calling and what they may do: users with Argon2id password hashes, sessions for the pages (with
 * a CSRF token each), API tokens for programs (only their hashes are stored; revocable), login
 * throttling, and roles granted per unit that hold on the unit's children too. Uses the store and
 * BouncyCastle's Argon2; knows nothing of HTTP.
 */
package io.kinerja.server.auth;
