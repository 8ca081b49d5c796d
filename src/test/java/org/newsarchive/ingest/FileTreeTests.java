package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The files under some paths: which, in what order, by what names. */
class FileTreeTests {

	@TempDir
	Path work;

	@Test
	void walksFoldersInNameOrderNamingFilesByTheirPathBelowTheFolderGiven() throws IOException {
		Path folder = Files.createDirectories(this.work.resolve("incoming"));
		write(folder.resolve("c.txt"), "c");
		write(Files.createDirectories(folder.resolve("b/inner")).resolve("y.txt"), "y");
		write(folder.resolve("b/x.txt"), "x");
		write(folder.resolve("a.txt"), "a");
		Files.createDirectories(folder.resolve("empty"));
		Path outside = write(this.work.resolve("outside.txt"), "outside");
		Files.createSymbolicLink(folder.resolve("d-link.txt"), outside);
		Files.createSymbolicLink(folder.resolve("e-loop"), folder);

		FileTree tree = new FileTree(List.of(folder, outside));

		assertThat(tree.count()).isEqualTo(5);
		List<String> read = new ArrayList<>();
		for (Iterator<IncomingFile> files = tree.files(); files.hasNext();) {
			IncomingFile file = files.next();
			read.add(file.name() + "=" + new String(file.content(), StandardCharsets.UTF_8));
		}
		assertThat(read).containsExactly("a.txt=a", "b/inner/y.txt=y", "b/x.txt=x", "c.txt=c", "outside.txt=outside");
	}

	private static Path write(Path file, String text) throws IOException {
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
