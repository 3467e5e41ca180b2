/**
 * The audit trail: one row per write (who, when, what, on which unit), added inside the write's own
 * transaction so that a change and its record commit together. Append-only: the schema's triggers refuse
 * updates and deletes. Uses the store only.
 */
package io.kinerja.server.audit;
