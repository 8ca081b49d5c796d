package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR's execution samples of a benchmark's threads between two instants, each counted
 * once for the first frame from the top of its stack that belongs to a library or module
 * named here (the JDK's own frames are passed over, so a hash map's time counts for
 * whoever called it): where inside a thread its CPU goes.
 */
final class ExecutionSamples {

	private static final String[][] OWNERS = { { "org.apache.lucene.", "Lucene" }, { "org.postgresql.", "JDBC driver" },
			{ "org.hibernate.", "Hibernate" }, { "net.ttddyy.", "JDBC counting (benchmark)" },
			{ "com.zaxxer.", "connection pool" }, { "org.springframework.", "Spring" }, { "org.jsoup.", "jsoup" },
			{ "com.huaban.", "jieba" }, { "org.newsarchive.entity.", "people (entity)" },
			{ "org.newsarchive.search.", "search (index documents)" }, { "org.newsarchive.article.", "article store" },
			{ "org.newsarchive.ingest.", "ingest" }, { "org.newsarchive.story.", "story" },
			{ "org.newsarchive.", "archive, other" } };

	private ExecutionSamples() {
	}

	static void print(Path recording, Instant from, Instant to) throws IOException {
		Map<String, Map<String, Integer>> byThread = new TreeMap<>();
		for (RecordedEvent sample : RecordingFile.readAllEvents(recording)) {
			if (!sample.getEventType().getName().equals("jdk.ExecutionSample") || sample.getStartTime().isBefore(from)
					|| sample.getStartTime().isAfter(to) || sample.getStackTrace() == null) {
				continue;
			}
			String thread = sample.getThread("sampledThread").getJavaName();
			byThread.computeIfAbsent(thread, (name) -> new TreeMap<>()).merge(owner(sample), 1, Integer::sum);
		}
		System.out.printf("%nJFR execution samples during the import (every 10 ms of a running Java thread), "
				+ "by the first frame from the top in a library or module%n");
		byThread.forEach((thread, owners) -> {
			int all = owners.values().stream().mapToInt(Integer::intValue).sum();
			if (all < 20) {
				return;
			}
			List<Map.Entry<String, Integer>> rows = new ArrayList<>(owners.entrySet());
			rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
			StringBuilder line = new StringBuilder("  " + thread + " (" + all + "):");
			rows.forEach((row) -> line
				.append(" %s %d (%.0f %%);".formatted(row.getKey(), row.getValue(), 100.0 * row.getValue() / all)));
			System.out.println(line);
		});
	}

	private static String owner(RecordedEvent sample) {
		for (RecordedFrame frame : sample.getStackTrace().getFrames()) {
			String type = frame.getMethod().getType().getName();
			for (String[] owner : OWNERS) {
				if (type.startsWith(owner[0])) {
					return owner[1];
				}
			}
		}
		return "JDK only";
	}

}
