package org.newsarchive.entity;

import org.junit.jupiter.api.Test;

class EntityRecognizerDebugTests {

	@Test
	void print() {
		EntityRecognizer recognizer = new EntityRecognizer();
		for (String seed : SeedFixtures.ALL) {
			var article = SeedFixtures.article(seed);
			long t0 = System.nanoTime();
			Recognition r = recognizer.recognise(article);
			System.out.println(
					"=== " + seed + " " + (System.nanoTime() - t0) / 1_000_000 + "ms body=" + article.body().size());
			for (int i = 0; i < r.entities().size(); i++) {
				var e = r.entities().get(i);
				var m = r.mentions().get(i);
				System.out
					.println(e.type() + " " + e.key() + " " + e.canonicalName() + " " + e.simplified() + e.traditional()
							+ e.english() + " x" + m.count() + " " + m.roles() + " | " + m.firstSentence());
			}
		}
	}

}
