package org.newsarchive.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a reader sees of an article, hashed: title, other title, address, section,
 * contributors, publication time, languages, lede, body and images. Left out is what
 * tells one copy from another without changing what is read: the file, the parser, its
 * warnings, the count of damaged spots (the damage itself is in the text) and the time of
 * capture. Two copies with the same fingerprint are the same content, so the second
 * changes nothing.
 */
final class ContentFingerprint {

	private ContentFingerprint() {
	}

	static String of(ParsedArticle article) {
		Writer out = new Writer();
		out.text(article.title()).text(article.otherTitle()).text(article.url()).text(article.section());
		out.count(article.contributors());
		for (Contributor contributor : article.contributors()) {
			out.text(contributor.name())
				.text(contributor.role().name())
				.text(contributor.otherName())
				.text(contributor.email());
		}
		Published published = article.published();
		out.text((published != null) ? published.value() : null)
			.text((published != null) ? published.precision().name() : null)
			.text((published != null) ? String.valueOf(published.inferred()) : null);
		out.count(article.languages());
		article.languages().forEach(out::text);
		out.text(article.lede());
		out.count(article.body());
		for (Block block : article.body()) {
			out.text(block.kind().name())
				.text(block.text())
				.text(block.language())
				.text((block.pair() != null) ? block.pair().toString() : null)
				.text((block.image() != null) ? block.image().toString() : null);
		}
		out.count(article.images());
		for (Image image : article.images()) {
			out.text(image.src())
				.text(image.alt())
				.text(image.caption())
				.text(image.captionTranslation())
				.text(image.credit());
		}
		return HexFormat.of().formatHex(out.digest.digest());
	}

	/**
	 * Every value with its length in front and null told from empty, so that no two
	 * different articles write the same bytes.
	 */
	private static final class Writer {

		private final MessageDigest digest;

		Writer() {
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("every Java runtime has SHA-256", ex);
			}
		}

		Writer text(String value) {
			if (value == null) {
				this.digest.update((byte) 0);
				return this;
			}
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			this.digest.update((byte) 1);
			count(bytes.length);
			this.digest.update(bytes);
			return this;
		}

		void count(List<?> values) {
			count(values.size());
		}

		private void count(int count) {
			this.digest.update(
					new byte[] { (byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count });
		}

	}

}
