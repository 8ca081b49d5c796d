package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge gives way to the readers every 64 KB it writes, for three times as long as it
 * worked since it last went on, on a clock of the test's own that moves a millisecond at
 * each reading (the test waits for nothing): so each pause asks exactly 3 ms.
 */
class MergesGiveWayTests {

	private final AtomicLong now = new AtomicLong();

	private final List<Long> asked = new ArrayList<>();

	@Test
	void aMergeAsksToGiveWayEvery64KbForThreeTimesItsWorkSinceItLastWentOn() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			merged(directory, (nanos) -> {
				this.asked.add(nanos);
				return nanos;
			});
			assertThat(this.asked).hasSizeGreaterThanOrEqualTo(3).containsOnly(TimeUnit.MILLISECONDS.toNanos(3));
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSize(1);
				assertThat(reader.numDocs()).isEqualTo(600);
			}
		}
	}

	/**
	 * Three segments of 200 documents, of about 1 KB of stored text each, merged into
	 * one.
	 */
	private void merged(Directory directory, GivingWay readers) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
			.setMergeScheduler(new MergesGiveWay(readers, () -> this.now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1))));
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int segment = 0; segment < 3; segment++) {
				for (int i = 0; i < 200; i++) {
					Document doc = new Document();
					String text = words(segment * 200 + i);
					doc.add(new TextField("body", text, Field.Store.NO));
					doc.add(new StoredField("stored", text));
					writer.addDocument(doc);
				}
				writer.commit();
			}
			writer.forceMerge(1);
		}
	}

	/**
	 * About 1 KB of words that differ from document to document, so that they hardly
	 * compress.
	 */
	private static String words(int doc) {
		StringBuilder text = new StringBuilder();
		long seed = doc * 2_654_435_761L + 1;
		while (text.length() < 1024) {
			seed = seed * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
			text.append(Long.toString(seed >>> 20, 36)).append(' ');
		}
		return text.toString();
	}

}
