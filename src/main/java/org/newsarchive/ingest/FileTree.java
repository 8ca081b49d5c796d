package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files under some paths, in a stable order (each folder's entries sorted by name,
 * folders entered where they sort), read one at a time as they are imported: only the
 * names of the folders being walked are held, never the files' bytes beyond the one under
 * way. Symbolic links below the given paths are not followed, so that a folder cannot
 * lead the import outside itself or round in a circle.
 */
public final class FileTree {

	private static final Logger logger = LoggerFactory.getLogger(FileTree.class);

	private final List<Path> roots;

	/**
	 * @param roots files and folders, imported in this order
	 */
	public FileTree(List<Path> roots) {
		this.roots = List.copyOf(roots);
	}

	/** How many files an import of these paths reads; only names are read. */
	public long count() {
		long count = 0;
		for (Iterator<Named> paths = new Walk(this.roots); paths.hasNext(); paths.next()) {
			count++;
		}
		return count;
	}

	/**
	 * The files, each read when it is reached. A file named by its path below the folder
	 * given, or by its own name where it was given itself.
	 */
	public Iterator<IncomingFile> files() {
		Walk walk = new Walk(this.roots);
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return walk.hasNext();
			}

			@Override
			public IncomingFile next() {
				Named file = walk.next();
				try {
					return new IncomingFile(file.name(), Files.readAllBytes(file.path()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not read " + file.path(), ex);
				}
			}

		};
	}

	private record Named(String name, Path path) {

	}

	/** Depth first, one sorted listing per open folder. */
	private static final class Walk implements Iterator<Named> {

		private final Deque<Iterator<Named>> open = new ArrayDeque<>();

		private Named next;

		Walk(List<Path> roots) {
			this.open.push(roots.stream()
				.map((root) -> new Named((root.getFileName() != null) ? root.getFileName().toString() : root.toString(),
						root))
				.iterator());
		}

		@Override
		public boolean hasNext() {
			while (this.next == null && !this.open.isEmpty()) {
				if (!this.open.peek().hasNext()) {
					this.open.pop();
					continue;
				}
				Named candidate = this.open.peek().next();
				boolean root = this.open.size() == 1;
				if (!root && Files.isSymbolicLink(candidate.path())) {
					logger.warn("Skipped the symbolic link {}", candidate.path());
				}
				else if (Files.isDirectory(candidate.path(), LinkOption.NOFOLLOW_LINKS)
						|| (root && Files.isDirectory(candidate.path()))) {
					this.open.push(listing(candidate, root));
				}
				else if (Files.isRegularFile(candidate.path())) {
					this.next = candidate;
				}
			}
			return this.next != null;
		}

		@Override
		public Named next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Named found = this.next;
			this.next = null;
			return found;
		}

		private static Iterator<Named> listing(Named folder, boolean root) {
			try (Stream<Path> entries = Files.list(folder.path())) {
				return entries.sorted()
					.map((entry) -> new Named(
							root ? entry.getFileName().toString() : folder.name() + "/" + entry.getFileName(), entry))
					.toList()
					.iterator();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not list the folder " + folder.path(), ex);
			}
		}

	}

}
