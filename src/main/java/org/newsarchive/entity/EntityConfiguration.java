package org.newsarchive.entity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EntityConfiguration {

	@Bean
	EntityRecognizer entityRecognizer(LearnedNameStore learnedNames) {
		EntityRecognizer recognizer = new EntityRecognizer(Gazetteer.load(), new LearnedNames(learnedNames));
		recognizer.warmUp();
		return recognizer;
	}

}
