package org.newsarchive.web;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of a list as the JSON API gives it; {@code page} counts from 1. */
record PageResult<T>(long total, int page, int size, List<T> items) {

	static <T> PageResult<T> of(Page<T> page) {
		return new PageResult<>(page.getTotalElements(), page.getNumber() + 1, page.getSize(), page.getContent());
	}

}
