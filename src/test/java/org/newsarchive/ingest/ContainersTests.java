package org.newsarchive.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recognising containers from their bytes, walking them, and their limits. */
class ContainersTests {

	private static final Containers.Limits LIMITS = new Containers.Limits(1024 * 1024, 100, 3, 64 * 1024);

	private final Containers containers = new Containers(LIMITS);

	@Test
	void containersAreRecognisedFromTheirBytesAlone() {
		byte[] tar = ContainerFiles.tar(Map.of("a.txt", utf8("text")));
		assertThat(Containers.kind(ContainerFiles.zip(Map.of("a.txt", utf8("text"))))).isEqualTo(Containers.Kind.ZIP);
		assertThat(Containers.kind(ContainerFiles.zip(Map.of()))).isEqualTo(Containers.Kind.ZIP);
		assertThat(Containers.kind(tar)).isEqualTo(Containers.Kind.TAR);
		assertThat(Containers.kind(ContainerFiles.gzip(tar))).isEqualTo(Containers.Kind.TAR_GZIP);
		assertThat(Containers.kind(ContainerFiles.gzip(utf8("text")))).isEqualTo(Containers.Kind.GZIP);
		assertThat(Containers.kind(ContainerFiles.gzip(utf8("WARC/1.1\r\nWARC-Type: warcinfo\r\n"))))
			.isEqualTo(Containers.Kind.WARC_GZIP);
		assertThat(Containers.kind(utf8("WARC/1.1\r\nWARC-Type: warcinfo\r\n"))).isEqualTo(Containers.Kind.NONE);
		assertThat(Containers.kind(Seeds.bytes(Seeds.BBC))).isEqualTo(Containers.Kind.NONE);
		assertThat(Containers.kind(new byte[0])).isEqualTo(Containers.Kind.NONE);
		assertThat(Containers.kind(new byte[] { 0x1f, (byte) 0x8b })).isEqualTo(Containers.Kind.GZIP);
	}

	@Test
	void anEmptyZipHoldsNoFile() {
		assertThat(this.containers.survey(Containers.Kind.ZIP, ContainerFiles.zip(Map.of())))
			.isEqualTo(new Containers.Survey(0, List.of()));
	}

	@Test
	void innerFilesAreHandedOnByPathWithFoldersAndSystemFilesSkipped() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("2017/", new byte[0]);
		files.put("2017/a.xml", utf8("<doc/>"));
		files.put("2017/Thumbs.db", new byte[] { 1 });
		files.put("2017/desktop.ini", utf8("[.ShellClassInfo]"));
		files.put("__MACOSX/2017/._a.xml", new byte[] { 0, 5, 22, 7 });
		files.put("big.txt", new byte[64 * 1024 + 1]);
		files.put("inner.tgz", ContainerFiles.gzip(ContainerFiles.tar(Map.of("./b.html", utf8("<html>")))));
		files.put("c.json.gz", ContainerFiles.gzip(utf8("[]")));
		byte[] zip = ContainerFiles.zip(files);

		List<Containers.InnerFile> found = new ArrayList<>();
		this.containers.forEachFile(Containers.Kind.ZIP, zip, found::add);

		assertThat(found).extracting(Containers.InnerFile::path)
			.containsExactly("2017/a.xml", "big.txt", "inner.tgz/b.html", "c.json.gz");
		assertThat(found)
			.extracting((file) -> (file.content() != null) ? new String(file.content(), StandardCharsets.UTF_8) : null)
			.containsExactly("<doc/>", null, "<html>", "[]");
		assertThat(found.get(1).error())
			.isEqualTo("the file is over the limit of 65536 bytes (archive.ingest.max-file-size)");
		assertThat(this.containers.survey(Containers.Kind.ZIP, zip))
			.isEqualTo(new Containers.Survey(4, List.of("1 folder entries skipped",
					"3 files of the operating system skipped (__MACOSX/, .DS_Store, Thumbs.db and the like)")));
	}

	@Test
	void theOneFileOfAGzipIsThatFile() {
		List<Containers.InnerFile> found = new ArrayList<>();
		this.containers.forEachFile(Containers.Kind.GZIP, ContainerFiles.gzip(utf8("text")), found::add);
		assertThat(found).extracting(Containers.InnerFile::path).containsExactly("");
		assertThat(found.get(0).content()).isEqualTo(utf8("text"));
	}

	@Test
	void zipNamesWithoutTheUtf8FlagAreReadAsUtf8OrElseGb18030() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("GB18030"))) {
			zip.putNextEntry(new ZipEntry("新闻/报道.txt"));
			zip.write(utf8("text"));
			zip.closeEntry();
		}
		List<Containers.InnerFile> found = new ArrayList<>();
		this.containers.forEachFile(Containers.Kind.ZIP, bytes.toByteArray(), found::add);
		assertThat(found).extracting(Containers.InnerFile::path).containsExactly("新闻/报道.txt");
	}

	@Test
	void aGzipBombIsRefusedAtTheUnpackedLimitWhateverItsHeaderClaims() {
		byte[] bomb = ContainerFiles.gzip(new byte[2 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(4 * 1024);
		List<Containers.InnerFile> found = new ArrayList<>();
		Containers.Limits wide = new Containers.Limits(1024 * 1024, 100, 3, 8 * 1024 * 1024);
		assertThatThrownBy(() -> new Containers(wide).forEachFile(Containers.Kind.GZIP, bomb, found::add))
			.isInstanceOf(ContainerLimitException.class)
			.hasMessage("the container unpacks to more than 1,048,576 bytes (archive.ingest.max-unpacked-size)");
		assertThat(found).isEmpty();
	}

	/**
	 * Tar entries over the inner file limit, gzipped: only the start of each is read, but
	 * skipping the rest unpacks every byte, and those count too.
	 */
	@Test
	void theBytesATarSkipsCountAgainstTheLimit() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 10; i++) {
			files.put("zeros-" + i, new byte[200 * 1024]);
		}
		byte[] tarGz = ContainerFiles.gzip(ContainerFiles.tar(files));
		assertThatThrownBy(() -> this.containers.survey(Containers.Kind.TAR_GZIP, tarGz))
			.isInstanceOf(ContainerLimitException.class)
			.hasMessage("the container unpacks to more than 1,048,576 bytes (archive.ingest.max-unpacked-size)");
	}

	@Test
	void nestingIsCountedFromTheOutermostContainer() {
		byte[] two = ContainerFiles.zip(Map.of("c.zip", ContainerFiles.zip(Map.of("d.txt", utf8("text")))));
		byte[] three = ContainerFiles.zip(Map.of("b.zip", two));
		byte[] four = ContainerFiles.zip(Map.of("a.zip", three));
		assertThat(this.containers.survey(Containers.Kind.ZIP, three).files()).isEqualTo(1);
		assertThatThrownBy(() -> this.containers.survey(Containers.Kind.ZIP, four))
			.isInstanceOf(ContainerLimitException.class)
			.hasMessage(
					"containers are nested more than 3 deep (archive.ingest.max-nesting), at \"a.zip/b.zip/c.zip\"");
	}

	@Test
	void everyEntryCountsAgainstTheEntryLimitFoldersIncluded() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 1; i <= 101; i++) {
			files.put("folder-" + i + "/", new byte[0]);
		}
		assertThatThrownBy(() -> this.containers.survey(Containers.Kind.ZIP, ContainerFiles.zip(files)))
			.isInstanceOf(ContainerLimitException.class)
			.hasMessage(
					"the container holds more than 100 entries (archive.ingest.max-entries), the last at \"folder-101/\"");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
