package org.newsarchive.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Zip, tar, gzipped tar and gzip files, recognised from their bytes alone, opened with
 * Apache Commons Compress. A container is walked twice: once to measure it against the
 * limits, keeping nothing, and once to hand each inner file to the importer, so that a
 * bomb is refused before any of its articles is stored. The sizes the headers claim are
 * never trusted: the bytes actually unpacked are counted as they come.
 */
final class Containers {

	/** What the first bytes of a file make it. */
	enum Kind {

		ZIP, TAR,
		/** A gzip whose content is a tar: one container, a {@code .tar.gz}. */
		TAR_GZIP,
		/** A gzip of one file, which is read as that file. */
		GZIP,
		/**
		 * A gzipped web archive: not unpacked here, as it is read record by record by the
		 * WARC reader.
		 */
		WARC_GZIP,
		/** Not a container: a file to decode and parse. */
		NONE;

		boolean isContainer() {
			return this == ZIP || this == TAR || this == TAR_GZIP || this == GZIP;
		}

	}

	/** Enough of a gzip's content to see a tar header's magic, at byte 257. */
	private static final int HEAD = 512;

	private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

	/** Files that operating systems leave in folders, never articles. */
	private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", ".localized");

	/** macOS's folder of resource forks, which its archiver adds to every zip. */
	private static final String MAC_RESOURCES = "__MACOSX";

	private static final Pattern LEADING_CURRENT_FOLDER = Pattern.compile("^(\\./|/)+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Zips made on Chinese Windows name their files in this, without saying so. */
	private static final Charset LEGACY_NAMES = Charset.forName("GB18030");

	private final Limits limits;

	Containers(Limits limits) {
		this.limits = limits;
	}

	static Kind kind(byte[] content) {
		byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD));
		if (ZipArchiveInputStream.matches(head, head.length)) {
			return Kind.ZIP;
		}
		if (TarArchiveInputStream.matches(head, head.length)) {
			return Kind.TAR;
		}
		if (GzipCompressorInputStream.matches(head, head.length)) {
			return gzipKind(content);
		}
		return Kind.NONE;
	}

	private static Kind gzipKind(byte[] content) {
		try (InputStream in = gunzip(content)) {
			byte[] head = in.readNBytes(HEAD);
			if (Arrays.equals(head, 0, Math.min(head.length, WARC.length), WARC, 0, WARC.length)) {
				return Kind.WARC_GZIP;
			}
			return TarArchiveInputStream.matches(head, head.length) ? Kind.TAR_GZIP : Kind.GZIP;
		}
		catch (IOException ex) {
			// Reading it as a gzip of one file says why it cannot be read.
			return Kind.GZIP;
		}
	}

	/**
	 * Measures a container against the limits, keeping nothing of it.
	 * @throws ContainerLimitException where it passes a limit
	 * @throws UnreadableFileException where the container itself cannot be read
	 */
	Survey survey(Kind kind, byte[] content) {
		Walk walk = new Walk((file) -> {
		});
		walk.open(kind, content, "", 1);
		return walk.survey();
	}

	/**
	 * Hands each inner file to {@code each}, in the container's order; nested containers
	 * are opened in place. Call {@link #survey} first: the limits are checked again, but
	 * a container that passes one of them half-way has then been half handed over.
	 */
	void forEachFile(Kind kind, byte[] content, Consumer<InnerFile> each) {
		new Walk(each).open(kind, content, "", 1);
	}

	private static InputStream gunzip(byte[] content) throws IOException {
		return GzipCompressorInputStream.builder()
			.setInputStream(new ByteArrayInputStream(content))
			.setDecompressConcatenated(true)
			.get();
	}

	/**
	 * How far a container may unpack.
	 *
	 * @param maxUnpackedBytes bytes unpacked from the container, counted at every level
	 * of nesting
	 * @param maxEntries entries of every kind (files, folders, links), at every level
	 * @param maxDepth containers within containers, the outermost one included
	 * @param maxFileSize the largest inner file, as for a file on its own
	 */
	record Limits(long maxUnpackedBytes, int maxEntries, int maxDepth, long maxFileSize) {

	}

	/**
	 * What a container holds.
	 *
	 * @param files the inner files handed on, rejected ones included
	 * @param notes what was skipped, for the container's warnings
	 */
	record Survey(int files, List<String> notes) {

	}

	/**
	 * A file found in a container.
	 *
	 * @param path its path inside the outermost container, nested containers' paths
	 * joined with {@code /}; empty for the one file of a gzip, which is that file
	 * @param content its bytes, or null where it was rejected
	 * @param error why it could not be unpacked, or null
	 */
	record InnerFile(String path, byte[] content, String error) {

	}

	private final class Walk {

		private final Consumer<InnerFile> each;

		private long unpacked;

		private int entries;

		private int files;

		private int folders;

		private int systemFiles;

		private int specialEntries;

		Walk(Consumer<InnerFile> each) {
			this.each = each;
		}

		Survey survey() {
			List<String> notes = new ArrayList<>();
			if (this.folders > 0) {
				notes.add(String.format(Locale.ROOT, "%,d folder entries skipped", this.folders));
			}
			if (this.systemFiles > 0) {
				notes.add(String.format(Locale.ROOT,
						"%,d files of the operating system skipped (__MACOSX/, .DS_Store, Thumbs.db and the like)",
						this.systemFiles));
			}
			if (this.specialEntries > 0) {
				notes.add(String.format(Locale.ROOT, "%,d links and other entries that are not files skipped",
						this.specialEntries));
			}
			return new Survey(this.files, notes);
		}

		void open(Kind kind, byte[] content, String path, int depth) {
			if (depth > Containers.this.limits.maxDepth()) {
				throw new ContainerLimitException(String.format(Locale.ROOT,
						"containers are nested more than %d deep (archive.ingest.max-nesting), at \"%s\"",
						Containers.this.limits.maxDepth(), path));
			}
			switch (kind) {
				case ZIP -> zip(content, path, depth);
				case TAR -> tar(new ByteArrayInputStream(content), "tar", path, depth);
				case TAR_GZIP -> {
					try (InputStream in = meter(gunzip(content))) {
						tar(in, "gzipped tar", path, depth);
					}
					catch (IOException ex) {
						throw unreadable("gzipped tar", ex);
					}
				}
				case GZIP -> gzip(content, path, depth);
				default -> throw new IllegalArgumentException(kind + " is not a container");
			}
		}

		private void zip(byte[] content, String path, int depth) {
			try (ZipFile zip = ZipFile.builder()
				.setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
				.setUseUnicodeExtraFields(true)
				.get()) {
				for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
					String name = join(path, zipName(entry));
					if (skipped(name, entry.isDirectory(), entry.isUnixSymlink())) {
						continue;
					}
					byte[] bytes;
					try (InputStream in = meter(zip.getInputStream(entry))) {
						bytes = take(in);
					}
					catch (IOException ex) {
						handOn(new InnerFile(name, null, "the file could not be unpacked: " + ex.getMessage()));
						continue;
					}
					file(name, bytes, depth);
				}
			}
			catch (IOException ex) {
				throw unreadable("zip", ex);
			}
		}

		private void tar(InputStream in, String what, String path, int depth) {
			try (TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					String name = join(path, entry.getName());
					if (!skipped(name, entry.isDirectory(), !entry.isFile())) {
						file(name, take(tar), depth);
					}
				}
			}
			catch (IOException ex) {
				throw unreadable(what, ex);
			}
		}

		private void gzip(byte[] content, String path, int depth) {
			count(path);
			try (InputStream in = meter(gunzip(content))) {
				file(path, take(in), depth);
			}
			catch (IOException ex) {
				throw unreadable("gzip", ex);
			}
		}

		/** An inner file, or a container within, which is opened one level deeper. */
		private void file(String path, byte[] content, int depth) {
			if (content == null) {
				handOn(new InnerFile(path, null,
						String.format(Locale.ROOT,
								"the file is over the limit of %d bytes (archive.ingest.max-file-size)",
								Containers.this.limits.maxFileSize())));
				return;
			}
			Kind kind = kind(content);
			if (!kind.isContainer()) {
				handOn(new InnerFile(path, content, null));
				return;
			}
			try {
				open(kind, content, path, depth + 1);
			}
			catch (UnreadableFileException ex) {
				handOn(new InnerFile(path, null, ex.getMessage()));
			}
		}

		private void handOn(InnerFile file) {
			this.files++;
			this.each.accept(file);
		}

		/** Whether an entry is left out, counting every entry against the limit. */
		private boolean skipped(String name, boolean folder, boolean special) {
			count(name);
			if (folder || name.endsWith("/")) {
				this.folders++;
				return true;
			}
			if (special) {
				this.specialEntries++;
				return true;
			}
			String fileName = name.substring(name.lastIndexOf('/') + 1);
			if (SYSTEM_FILES.contains(fileName) || fileName.startsWith("._")
					|| (MAC_RESOURCES + "/").regionMatches(0, name, 0, MAC_RESOURCES.length() + 1)
					|| name.contains("/" + MAC_RESOURCES + "/")) {
				this.systemFiles++;
				return true;
			}
			return false;
		}

		private void count(String name) {
			if (++this.entries > Containers.this.limits.maxEntries()) {
				throw new ContainerLimitException(String.format(Locale.ROOT,
						"the container holds more than %,d entries (archive.ingest.max-entries), the last at \"%s\"",
						Containers.this.limits.maxEntries(), name));
			}
		}

		/**
		 * The stream's bytes, or null where there are more than an inner file may have.
		 */
		private byte[] take(InputStream in) throws IOException {
			byte[] bytes = in.readNBytes((int) Math.min(Containers.this.limits.maxFileSize() + 1, Integer.MAX_VALUE));
			return (bytes.length > Containers.this.limits.maxFileSize()) ? null : bytes;
		}

		/** The stream, charging every byte unpacked from it to the container's limit. */
		private InputStream meter(InputStream in) {
			return new FilterInputStream(in) {

				@Override
				public int read() throws IOException {
					int read = super.read();
					charge((read < 0) ? 0 : 1);
					return read;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int read = super.read(buffer, offset, length);
					charge(Math.max(read, 0));
					return read;
				}

				@Override
				public long skip(long length) throws IOException {
					// Skipped bytes are unpacked all the same.
					byte[] buffer = new byte[8192];
					long skipped = 0;
					for (int read = 0; skipped < length && read >= 0; skipped += Math.max(read, 0)) {
						read = read(buffer, 0, (int) Math.min(buffer.length, length - skipped));
					}
					return skipped;
				}

			};
		}

		private void charge(long bytes) {
			this.unpacked += bytes;
			if (this.unpacked > Containers.this.limits.maxUnpackedBytes()) {
				throw new ContainerLimitException(String.format(Locale.ROOT,
						"the container unpacks to more than %,d bytes (archive.ingest.max-unpacked-size)",
						Containers.this.limits.maxUnpackedBytes()));
			}
		}

	}

	private static UnreadableFileException unreadable(String what, IOException ex) {
		return new UnreadableFileException("the %s archive cannot be read: %s".formatted(what, ex.getMessage()));
	}

	/** An inner path: leading {@code ./} dropped, control characters made visible. */
	private static String join(String path, String name) {
		String clean = CONTROL.matcher(LEADING_CURRENT_FOLDER.matcher(name).replaceFirst("")).replaceAll("\uFFFD");
		return path.isEmpty() ? clean : path + "/" + clean;
	}

	/**
	 * A zip entry's name: as the zip says where it says UTF-8 (or gives a Unicode name),
	 * else UTF-8 where the bytes are valid UTF-8, else GB18030.
	 */
	private static String zipName(ZipArchiveEntry entry) {
		if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME) {
			return entry.getName();
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(entry.getRawName())).toString();
		}
		catch (CharacterCodingException ex) {
			return new String(entry.getRawName(), LEGACY_NAMES);
		}
	}

}
