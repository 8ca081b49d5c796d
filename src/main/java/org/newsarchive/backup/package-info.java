/**
 * Backup and restore of the whole archive: every table in one consistent snapshot, taken
 * while the portal runs, and loaded into a fresh database at start-up.
 */
package org.newsarchive.backup;
