package org.newsarchive.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	TextDecoder textDecoder() {
		return new TextDecoder();
	}

	@Bean
	Parsers parsers() {
		return new Parsers();
	}

}
