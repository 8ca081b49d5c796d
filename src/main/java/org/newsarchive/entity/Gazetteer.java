package org.newsarchive.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated list of well-known people, organisations and places, read from
 * {@code entity/gazetteer.csv}.
 */
final class Gazetteer {

	static final String RESOURCE = "/entity/gazetteer.csv";

	private final List<Entry> entries;

	private Gazetteer(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	static Gazetteer load() {
		try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("No gazetteer at " + RESOURCE);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Gazetteer read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<Entry> entries = new ArrayList<>();
		for (CSVRecord row : format.parse(reader)) {
			entries.add(new Entry(row.get("id"), EntityType.valueOf(row.get("type")), names(row.get("simplified")),
					names(row.get("traditional")), names(row.get("english")), blankToNull(row.get("wikidata")),
					blankToNull(row.get("description"))));
		}
		return new Gazetteer(entries);
	}

	List<Entry> entries() {
		return this.entries;
	}

	private static List<String> names(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter((name) -> !name.isEmpty()).toList();
	}

	private static String blankToNull(String cell) {
		return cell.isBlank() ? null : cell.strip();
	}

	record Entry(String id, EntityType type, List<String> simplified, List<String> traditional, List<String> english,
			String wikidataId, String description) {

		List<String> chinese() {
			List<String> all = new ArrayList<>(this.simplified);
			all.addAll(this.traditional);
			return all;
		}

	}

}
