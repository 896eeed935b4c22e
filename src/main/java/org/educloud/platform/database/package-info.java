/**
 * The embedded PostgreSQL of the one-command run: starting a durable server in the data directory, recovering
 * a server orphaned by a crash (its postmaster pid file), and the data source that points at it when no external
 * database is configured; and the installation's backup and restore (the database with its files), one command each.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.platform.database;
