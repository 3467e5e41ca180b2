/**
 * The HTTP edge (Javalin on Jetty): explicit routes, who is calling (a bearer token, or a session cookie
 * with its CSRF token), JSON in and out, and the one place where failures become status codes and the
 * error body {@code {"error": {"code", "message", "fields": [{"field", "message"}]}}}. Handlers are thin:
 * they read the request, call a feature's service and write its answer.
 */
package io.kinerja.server.web;
