package org.newsarchive.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A backup is a zip of every table of the archive in PostgreSQL's {@code COPY} text
 * format, taken in one repeatable-read transaction, so it is consistent while imports and
 * curation go on, and a manifest naming the schema version and the row counts. It holds
 * the original files (they are rows), the articles, people, curation and import history;
 * the search index is not in it, as it is derived and rebuilt at the first start.
 * <p>
 * Why not a copy of the data folder: it needs the portal stopped and the same PostgreSQL
 * major version and platform on the new machine. Why not {@code pg_dump}: the embedded
 * binaries do not ship it. {@code COPY} is the server's own, works on an external
 * PostgreSQL too, and its text format is stable across versions.
 */
@Component
class ArchiveBackup {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveBackup.class);

	static final String MANIFEST = "manifest.json";

	private static final int FORMAT = 1;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final Clock clock;

	ArchiveBackup(DataSource dataSource, JsonMapper json, Clock clock) {
		this.dataSource = dataSource;
		this.json = json;
		this.clock = clock;
	}

	/** Writes a backup of the whole archive as a zip. */
	void write(OutputStream out) throws IOException, SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
				Map<String, Long> rows = new LinkedHashMap<>();
				for (String table : tables(connection)) {
					zip.putNextEntry(new ZipEntry(entry(table)));
					rows.put(table, copy.copyOut("copy " + quoted(table) + " to stdout", zip));
					zip.closeEntry();
				}
				zip.putNextEntry(new ZipEntry(MANIFEST));
				zip.write(this.json.writerWithDefaultPrettyPrinter()
					.writeValueAsBytes(
							new Manifest(FORMAT, schemaVersion(connection), this.clock.instant().toString(), rows)));
				zip.closeEntry();
				zip.finish();
				logger.info("Backup written: {}", rows);
			}
			finally {
				connection.rollback();
			}
		}
	}

	/**
	 * Loads a backup into this database, which must hold no archive yet (a fresh
	 * {@code ./data}) and be at the backup's schema version.
	 * @throws BackupException when the backup cannot be restored here, with the reason
	 */
	void restore(Path backup) {
		try (ZipFile zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
				Connection connection = this.dataSource.getConnection()) {
			ZipEntry manifestEntry = zip.getEntry(MANIFEST);
			if (manifestEntry == null) {
				throw new BackupException(backup + " is not an archive backup: it has no " + MANIFEST);
			}
			Manifest manifest;
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				manifest = this.json.readValue(in, Manifest.class);
			}
			String schema = schemaVersion(connection);
			if (manifest.format() != FORMAT || !manifest.schemaVersion().equals(schema)) {
				throw new BackupException("%s was written at schema version %s (format %d); this archive is at %s. "
					.formatted(backup, manifest.schemaVersion(), manifest.format(), schema)
						+ "Restore it with the release that wrote it.");
			}
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				if (count(statement,
						"select (select count(*) from raw_documents) + (select count(*) from import_runs)") > 0) {
					throw new BackupException(
							"The database already holds an archive; restore into a fresh data folder.");
				}
				List<String> tables = tables(connection);
				if (!tables.containsAll(manifest.tables().keySet())) {
					throw new BackupException(
							backup + " names tables this archive does not have: " + manifest.tables().keySet());
				}
				// Rows go in as they were, in any order: the tables reference each other
				// in
				// a cycle (a file and its article), and their constraints held when
				// copied.
				statement.execute("set local session_replication_role = replica");
				statement.execute("truncate " + String.join(", ", tables.stream().map(ArchiveBackup::quoted).toList()));
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (Map.Entry<String, Long> table : manifest.tables().entrySet()) {
					long loaded;
					try (InputStream in = zip.getInputStream(zip.getEntry(entry(table.getKey())))) {
						loaded = copy.copyIn("copy " + quoted(table.getKey()) + " from stdin", in);
					}
					if (loaded != table.getValue()) {
						throw new BackupException("%s: %d rows of %s in the manifest, %d in the file".formatted(backup,
								table.getValue(), table.getKey(), loaded));
					}
				}
				resetSequences(statement);
			}
			connection.commit();
			logger.info("Archive restored from {}: {}", backup, manifest.tables());
		}
		catch (IOException | SQLException ex) {
			throw new BackupException("Could not restore " + backup + ": " + ex.getMessage(), ex);
		}
	}

	/** The archive's tables: all of the schema but Flyway's own history. */
	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select tablename from pg_tables where schemaname = current_schema()
				and tablename <> 'flyway_schema_history' order by tablename""")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet version = statement.executeQuery("""
				select version from flyway_schema_history where success and version is not null
				order by installed_rank desc limit 1""")) {
			return version.next() ? version.getString(1) : "";
		}
	}

	/**
	 * Every serial column's sequence continues after the highest restored value. A
	 * sequence that hands out blocks of ids (fifty at a time: articles, people, mentions)
	 * is set so that its next value is the end of the first block after that value, as
	 * Hibernate takes a value for the end of its block: set to the highest value plus
	 * one, the first block reached back over the restored rows.
	 */
	private static void resetSequences(Statement statement) throws SQLException {
		List<String> resets = new ArrayList<>();
		try (ResultSet columns = statement.executeQuery("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and column_default like 'nextval(%'""")) {
			while (columns.next()) {
				String table = quoted(columns.getString(1));
				String column = quoted(columns.getString(2));
				resets.add("""
						select setval(pg_get_serial_sequence('%1$s', '%2$s'), coalesce((select max(%3$s) from %4$s), 0)
						  + (select seqincrement from pg_sequence
						     where seqrelid = pg_get_serial_sequence('%1$s', '%2$s')::regclass), false)"""
					.formatted(table.replace("'", "''"), columns.getString(2).replace("'", "''"), column, table));
			}
		}
		for (String reset : resets) {
			statement.execute(reset);
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String entry(String table) {
		return "tables/" + table + ".copy";
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/**
	 * What a backup holds.
	 *
	 * @param format the layout of the zip
	 * @param schemaVersion the Flyway version of the database it was taken from
	 * @param createdAt when the snapshot was taken
	 * @param tables rows per table
	 */
	record Manifest(int format, String schemaVersion, String createdAt, Map<String, Long> tables) {

	}

}
