package org.newsarchive.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC 1.x, plain or gzipped record by record), recognised from its bytes
 * before any text decoding. Each HTML page a {@code response} record captured with status
 * 200 is an article read by {@link WebPageParser}, its entry the record's id; the
 * capture's time is the record's {@code WARC-Date}, never the publication time.
 * {@code revisit} records and responses whose payload was already read are the same
 * capture again; other record types and pages that are not HTML are counted in the notes,
 * not stored.
 */
class WarcArchive {

	/** Inflated WARC read from one file at most, against a gzip bomb. */
	static final long MAX_UNCOMPRESSED = 256L * 1024 * 1024;

	private final long maxUncompressed;

	/** A page larger than this is no article (and would cost the extractor dearly). */
	static final int MAX_PAGE = 10 * 1024 * 1024;

	private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

	private final WebPageParser pages;

	private final TextDecoder decoder;

	WarcArchive(WebPageParser pages, TextDecoder decoder) {
		this(pages, decoder, MAX_UNCOMPRESSED);
	}

	WarcArchive(WebPageParser pages, TextDecoder decoder, long maxUncompressed) {
		this.pages = pages;
		this.decoder = decoder;
		this.maxUncompressed = maxUncompressed;
	}

	/**
	 * Whether the bytes are a WARC file, or a gzip member whose inflated start is one.
	 */
	static boolean recognises(byte[] bytes) {
		if (startsWith(bytes, WARC_MAGIC)) {
			return true;
		}
		if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
			return false;
		}
		try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return startsWith(inflated.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The pages the archive captured, in its order.
	 * @throws UnreadableFileException where not one record can be read, none is a new
	 * page, or the archive inflates past its limit
	 */
	ReadFile read(byte[] bytes) {
		Tally tally = new Tally();
		List<ReadEntry> entries = new ArrayList<>();
		Set<String> payloads = new HashSet<>();
		int records = 0;
		try (WarcReader reader = new WarcReader(plain(bytes, this.maxUncompressed))) {
			for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
				records++;
				WarcRecord record = next.get();
				if (record instanceof WarcResponse response) {
					read(response, tally, payloads).ifPresent(entries::add);
				}
				else if (record.type().equals("revisit")) {
					tally.revisits++;
				}
				else {
					tally.skipped.merge(record.type(), 1, Integer::sum);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			if (records == 0) {
				throw new UnreadableFileException("a WARC file whose first record cannot be read: " + ex.getMessage());
			}
			tally.brokenAfter = "the archive cannot be read after its record %d (%s); the records before were read"
				.formatted(records, ex.getMessage());
		}
		if (entries.isEmpty()) {
			throw new UnreadableFileException("the archive holds no HTML page captured with status 200 that was not "
					+ "read before: " + String.join("; ", tally.notes()));
		}
		return new ReadFile(entries, tally.notes());
	}

	private Optional<ReadEntry> read(WarcResponse response, Tally tally, Set<String> payloads) throws IOException {
		String entry = response.id().toString();
		HttpResponse http;
		try {
			http = response.http();
		}
		catch (IOException | IllegalArgumentException ex) {
			tally.notHttp++;
			return Optional.empty();
		}
		if (http.status() != 200) {
			tally.notOk++;
			return Optional.empty();
		}
		MediaType type = http.contentType().base();
		if (!type.equals(MediaType.HTML.base()) && !type.equals(MediaType.XHTML.base())) {
			tally.notHtml++;
			return Optional.empty();
		}
		byte[] payload;
		try {
			payload = http.bodyDecoded().stream().readNBytes(MAX_PAGE + 1);
		}
		catch (IOException ex) {
			return Optional.of(ReadEntry.rejected(entry,
					"the page's HTTP body cannot be read (the record is cut short, or its transfer or content "
							+ "encoding is broken): " + ex.getMessage()));
		}
		if (payload.length > MAX_PAGE) {
			return Optional.of(ReadEntry.rejected(entry,
					"the page is larger than %d bytes, more than any article".formatted(MAX_PAGE)));
		}
		if (!payloads.add(sha256(payload))) {
			tally.sameCapture++;
			return Optional.empty();
		}
		String html;
		try {
			html = text(payload, http.contentType());
		}
		catch (UnreadableFileException ex) {
			return Optional.of(ReadEntry.rejected(entry, ex.getMessage()));
		}
		ReadEntry page = this.pages.page(entry, html, new WebPageParser.Capture(response.target(), response.date()));
		return Optional
			.of((page.article() != null) ? page.withArticle(ImportBounds.bound(page.article(), List.of())) : page);
	}

	/**
	 * The page's text in the charset its HTTP header names, else as the archive decodes
	 * any file.
	 */
	private String text(byte[] payload, MediaType type) {
		String declared = type.parameters().get("charset");
		if (declared != null) {
			try {
				return Charset.forName(declared.strip())
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(payload))
					.toString();
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException | CharacterCodingException ex) {
				// A header that names no charset, or the wrong one, is common: the bytes
				// decide.
			}
		}
		return this.decoder.decode(payload).text();
	}

	private static InputStream plain(byte[] bytes, long limit) throws IOException {
		InputStream in = new ByteArrayInputStream(bytes);
		return new Bounded(startsWith(bytes, WARC_MAGIC) ? in : new GZIPInputStream(in), limit);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] bytes) {
		try {
			return new String(MessageDigest.getInstance("SHA-256").digest(bytes), StandardCharsets.ISO_8859_1);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** What the archive held besides new pages. */
	private static final class Tally {

		private final Map<String, Integer> skipped = new LinkedHashMap<>();

		private int revisits;

		private int sameCapture;

		private int notHtml;

		private int notOk;

		private int notHttp;

		private String brokenAfter;

		List<String> notes() {
			List<String> notes = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			if (!this.skipped.isEmpty()) {
				List<String> kinds = new ArrayList<>();
				this.skipped.forEach((type, count) -> kinds.add(count + " " + type));
				parts.add("skipped " + String.join(", ", kinds) + " records");
			}
			if (this.revisits > 0) {
				parts.add(count(this.revisits, "revisit") + " of a capture already read");
			}
			if (this.sameCapture > 0) {
				parts.add(count(this.sameCapture, "response") + " with a payload already read");
			}
			if (this.notHtml > 0) {
				parts.add(count(this.notHtml, "response") + " not HTML, not stored");
			}
			if (this.notOk > 0) {
				parts.add(count(this.notOk, "response") + " with a status other than 200");
			}
			if (this.notHttp > 0) {
				parts.add(count(this.notHttp, "response") + " not an HTTP response");
			}
			if (!parts.isEmpty()) {
				notes.add(String.join("; ", parts));
			}
			if (this.brokenAfter != null) {
				notes.add(this.brokenAfter);
			}
			return notes;
		}

		private static String count(int count, String noun) {
			return count + " " + noun + ((count == 1) ? "" : "s");
		}

	}

	/**
	 * Stops reading past a limit, so that a small file cannot inflate without end; what
	 * was read before is not kept either, as a bomb is no archive.
	 */
	private static final class Bounded extends FilterInputStream {

		private final long limit;

		private long read;

		Bounded(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b >= 0) ? 1 : 0);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limit) {
				throw new UnreadableFileException(
						"the WARC file inflates to more than %d bytes, the limit of one archive".formatted(this.limit));
			}
		}

	}

}
