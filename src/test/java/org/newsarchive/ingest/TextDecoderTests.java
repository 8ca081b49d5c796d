package org.newsarchive.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTests {

	private final TextDecoder decoder = new TextDecoder();

	private final Parsers parsers = new Parsers();

	@Test
	void readsUtf8WithoutAMark() {
		TextDecoder.DecodedText decoded = this.decoder.decode(Seeds.bytes(Seeds.BBC));
		assertThat(decoded.text()).isEqualTo(Seeds.text(Seeds.BBC));
		assertThat(decoded.charset()).isEqualTo("UTF-8");
		assertThat(decoded.hadBom()).isFalse();
	}

	@Test
	void readsUtf8WithAByteOrderMarkAsTheSameText() {
		byte[] withMark = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Seeds.bytes(Seeds.RFI_NEWS));
		TextDecoder.DecodedText decoded = this.decoder.decode(withMark);
		assertThat(decoded.text()).isEqualTo(Seeds.text(Seeds.RFI_NEWS));
		assertThat(decoded.hadBom()).isTrue();
		assertThat(this.parsers.parse(decoded.text())).isEqualTo(this.parsers.parse(Seeds.text(Seeds.RFI_NEWS)));
	}

	@Test
	void readsUtf16LittleAndBigEndianWithAMarkAsTheSameText() {
		String original = Seeds.text(Seeds.GUANCHA);
		byte[] little = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, original.getBytes(StandardCharsets.UTF_16LE));
		byte[] big = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, original.getBytes(StandardCharsets.UTF_16BE));
		assertThat(this.decoder.decode(little).text()).isEqualTo(original);
		assertThat(this.decoder.decode(little).charset()).isEqualTo("UTF-16LE");
		assertThat(this.decoder.decode(big).text()).isEqualTo(original);
		assertThat(this.decoder.decode(big).charset()).isEqualTo("UTF-16BE");
	}

	@Test
	void readsAGb18030CopyOfTheChinaMilitarySeed() {
		String original = Seeds.text(Seeds.CHINAMIL);
		TextDecoder.DecodedText decoded = this.decoder.decode(original.getBytes(Charset.forName("GB18030")));
		assertThat(decoded.charset()).isEqualTo("GB18030");
		assertThat(decoded.text()).isEqualTo(original);
		assertThat(this.parsers.parse(decoded.text())).isEqualTo(this.parsers.parse(original));
	}

	@Test
	void readsAShortGbkText() {
		String text = "北约将在日本设立联络机构";
		assertThat(this.decoder.decode(text.getBytes(Charset.forName("GBK"))).text()).isEqualTo(text);
	}

	/**
	 * Seed 002 cannot be written in Big5 as it stands: its readings carry tone letters
	 * and its mojibake holds characters Big5 lacks. The copy keeps the seed's lines,
	 * readings removed, that Big5 can encode: still a Guancha article in traditional
	 * script, with title, byline, body, footer and news list.
	 */
	@Test
	void readsABig5CopyOfATraditionalScriptArticle() {
		Charset big5 = Charset.forName("Big5");
		CharsetEncoder encoder = big5.newEncoder();
		String original = PinyinReadings.remove(Seeds.text(Seeds.GUANCHA))
			.text()
			.replace('\u00A0', ' ')
			.lines()
			.filter(encoder::canEncode)
			.collect(Collectors.joining("\n", "", "\n"));
		ParsedArticle expected = this.parsers.parse(original).entries().get(0).article();
		assertThat(expected.title()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
		assertThat(SeedParsingTests.paragraphs(expected)).hasSizeGreaterThan(10);
		assertThat(expected.contributors()).hasSize(2);

		TextDecoder.DecodedText decoded = this.decoder.decode(original.getBytes(big5));
		assertThat(decoded.charset()).isEqualTo("Big5");
		assertThat(decoded.text()).isEqualTo(original);
		assertThat(this.parsers.parse(decoded.text()).entries().get(0).article()).isEqualTo(expected);
	}

	@Test
	void readsAShortBig5Text() {
		String text = "北約擬在東京設立亞洲首個聯絡處";
		assertThat(this.decoder.decode(text.getBytes(Charset.forName("Big5"))).text()).isEqualTo(text);
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatThrownBy(() -> this.decoder.decode(new byte[0])).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file is empty");
	}

	@Test
	void rejectsAFileOfOnlyWhitespace() {
		assertThatThrownBy(() -> this.decoder.decode(" \n\u3000\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file is empty");
	}

	@Test
	void rejectsAPngImage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> this.decoder.decode(png)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file is a PNG image, not text");
	}

	@Test
	void rejectsAPdfDocument() {
		assertThatThrownBy(() -> this.decoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file is a PDF document, not text");
	}

	@Test
	void rejectsRandomBinaryData() {
		byte[] noise = new byte[1024];
		new Random(7).nextBytes(noise);
		noise[512] = 0;
		assertThatThrownBy(() -> this.decoder.decode(noise)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file holds binary data (NUL bytes), not text");
	}

	@Test
	void rejectsBytesNoKnownEncodingReads() {
		byte[] noise = new byte[256];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (byte) (0x80 | (i * 37 % 0x7F) | 1);
		}
		noise[0] = (byte) 0xFF;
		assertThatThrownBy(() -> this.decoder.decode(noise)).isInstanceOf(UnreadableFileException.class)
			.hasMessageStartingWith("the file's text is in no encoding the archive reads");
	}

	@Test
	void dropsNulCharactersOfAUtf16FileAndSaysHowMany() {
		byte[] withNul = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"北约\u0000将在\u0000\u0000东京".getBytes(StandardCharsets.UTF_16LE));
		TextDecoder.DecodedText decoded = this.decoder.decode(withNul);
		assertThat(decoded.text()).isEqualTo("北约将在东京");
		assertThat(decoded.warnings()).containsExactly("3 NUL characters (U+0000), which are not text, were dropped");
	}

	@Test
	void rejectsAUtf16FileHoldingHalfASurrogatePair() {
		// Java's encoders replace a lone surrogate, so its bytes (D800, little-endian)
		// are
		// written by hand.
		byte[] loneHalf = concat(new byte[] { (byte) 0xFF, (byte) 0xFE, 0x17, 0x53, 0x00, (byte) 0xD8 },
				"东京".getBytes(StandardCharsets.UTF_16LE));
		assertThatThrownBy(() -> this.decoder.decode(loneHalf)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("the file starts with a UTF-16LE byte order mark but is not valid UTF-16LE");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
