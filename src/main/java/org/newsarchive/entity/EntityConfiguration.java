package org.newsarchive.entity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EntityConfiguration {

	@Bean
	EntityRecognizer entityRecognizer() {
		EntityRecognizer recognizer = new EntityRecognizer();
		recognizer.warmUp();
		return recognizer;
	}

}
