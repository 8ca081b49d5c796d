package org.newsarchive.entity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class EntityConfiguration {

	/**
	 * Made when first needed (an import, or the warm-up below): building its name tables
	 * is work the first page does not need.
	 */
	@Bean
	@Lazy
	EntityRecognizer entityRecognizer(LearnedNameStore learnedNames) {
		return new EntityRecognizer(Gazetteer.load(), new LearnedNames(learnedNames));
	}

	/**
	 * Loads HanLP's dictionaries once the portal is ready, on a thread of its own: the
	 * pages do not need them, so they stay off the start-up path, and the first article
	 * recognised after that is as fast as the next. An import that comes first loads them
	 * itself. The recognizer itself is made on that thread too.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> recognizerWarmUp(ObjectProvider<EntityRecognizer> recognizer) {
		return (ready) -> Thread.ofPlatform()
			.daemon()
			.name("recognizer-warm-up")
			.start(() -> recognizer.getObject().warmUp());
	}

}
