/**
 * The application store: one schema, versioned with Flyway, on two engines. Embedded by default
 * (SQLite in WAL mode in a file of the data directory) and PostgreSQL in production. Everything else in
 * the server reaches the database through {@link io.kinerja.server.store.Store}'s read and write units
 * of work, with SQL text that both engines understand and values passed as bind parameters.
 */
package io.kinerja.server.store;
