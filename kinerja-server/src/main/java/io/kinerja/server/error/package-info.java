/**
 * The caller's mistakes that are not about the content of their input (those are the core's {@code
 * InvalidInputException}): not signed in, not allowed, no such thing, too large, too many tries. The web
 * layer maps each reason to its status code in one place.
 */
package io.kinerja.server.error;
