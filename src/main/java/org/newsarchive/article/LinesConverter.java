package org.newsarchive.article;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps a short list of one-line strings (warnings, language tags) in one text column.
 */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> lines) {
		return String.join("\n", lines);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isEmpty()) ? List.of() : List.of(column.split("\n"));
	}

}
