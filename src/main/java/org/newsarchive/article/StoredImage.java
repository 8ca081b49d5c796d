package org.newsarchive.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record StoredImage(String src, String alt, String caption,
		@Column(name = "caption_translation") String captionTranslation, String credit) {

	static StoredImage of(Image image) {
		return new StoredImage(image.src(), image.alt(), image.caption(), image.captionTranslation(), image.credit());
	}

	Image toImage() {
		return new Image(this.src, this.alt, this.caption, this.captionTranslation, this.credit);
	}

}
