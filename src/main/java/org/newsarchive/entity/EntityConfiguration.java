package org.newsarchive.entity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EntityConfiguration {

	@Bean
	EntityRecognizer entityRecognizer(LearnedNameStore learnedNames) {
		return new EntityRecognizer(Gazetteer.load(), new LearnedNames(learnedNames));
	}

	/**
	 * Loads HanLP's dictionaries once the portal is ready, on a thread of its own: the
	 * pages do not need them, so they stay off the start-up path, and the first article
	 * recognised after that is as fast as the next. An import that comes first loads them
	 * itself.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> recognizerWarmUp(EntityRecognizer recognizer) {
		return (ready) -> Thread.ofPlatform().daemon().name("recognizer-warm-up").start(recognizer::warmUp);
	}

}
