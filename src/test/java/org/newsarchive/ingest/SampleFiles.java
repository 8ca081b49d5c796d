package org.newsarchive.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files the archive must cope with, made from the seeds: what each import path (upload,
 * start-up folder) is tested with.
 */
public final class SampleFiles {

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private SampleFiles() {
	}

	/** Seed 001 cut in the middle of its HTML (and of a character). */
	public static byte[] truncatedRfi() {
		byte[] rfi = Seeds.bytes(Seeds.RFI_COLUMN);
		return Arrays.copyOf(rfi, rfi.length / 2);
	}

	public static byte[] unknownFormat() {
		return "eggs\nmilk\nbread\n".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] oversized(int bytes) {
		byte[] content = new byte[bytes];
		Arrays.fill(content, (byte) 'a');
		return content;
	}

	/** Seed 003, the bilingual article, in GB18030. */
	public static byte[] gb18030Copy() {
		return Seeds.text(Seeds.CHINAMIL).getBytes(Charset.forName("GB18030"));
	}

	/**
	 * Seed 002 saved as Big5, the way an editor would save it: its readings carry tone
	 * letters Big5 lacks, so they are taken out first, and the few other characters Big5
	 * lacks (in the damaged spots) become {@code ?}. It is still the same Guancha
	 * article.
	 */
	public static byte[] big5Copy() {
		return PinyinReadings.remove(Seeds.text(Seeds.GUANCHA)).text().getBytes(Charset.forName("Big5"));
	}

	/**
	 * Seed 004 at another address, with a script element, an {@code onerror} handler and
	 * a {@code javascript:} link in its HTML.
	 */
	public static byte[] hostileRfi() {
		return Seeds.text(Seeds.RFI_NEWS)
			.replace("20230613-", "20230613-hostile-")
			.replace("[北约将提升与亚太伙伴四国关系", "[注入测试：北约将提升与亚太伙伴四国关系")
			.replace("<p><span><span><span><span>上述四国",
					"<p>注入<script>alert('x')</script><img src=x onerror=\"alert('y')\">"
							+ "<a href=\"javascript:alert('z')\">点我</a></p><p><span><span><span><span>上述四国")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Every kind of file above, by the file name it is imported as, in import order. */
	public static Map<String, byte[]> all(int oversizedBytes) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("a-empty.txt", new byte[0]);
		files.put("b-picture.png", PNG);
		files.put("c-truncated-rfi.txt", truncatedRfi());
		files.put("d-shopping-list.txt", unknownFormat());
		files.put("e-huge.txt", oversized(oversizedBytes));
		files.put("f-003-gb18030.txt", gb18030Copy());
		files.put("g-002-big5.txt", big5Copy());
		files.put("h-hostile-rfi.txt", hostileRfi());
		return files;
	}

}
